/** Placeholder until the screen lands. */
export function CustomerListPage() {
  return null;
}
