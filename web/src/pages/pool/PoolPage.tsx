/** Placeholder until the screen lands. */
export function PoolPage() {
  return null;
}
