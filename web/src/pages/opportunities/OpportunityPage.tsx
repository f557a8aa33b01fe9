/** Placeholder until the screen lands. */
export function OpportunityPage() {
  return null;
}
