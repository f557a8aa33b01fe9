/** Placeholder until the screen lands. */
export function CustomerPage() {
  return null;
}
