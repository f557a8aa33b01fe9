/** Placeholder until the screen lands. */
export function LeadListPage() {
  return null;
}
