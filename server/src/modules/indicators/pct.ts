/** Percent with one decimal from two bigints (exact until the last step); null for a zero base. */
export function pctOf(part: bigint, whole: bigint | null): number | null {
  if (whole === null || whole === 0n) return null;
  // Half away from zero, in integers: |part| × 1000 ÷ |whole|, rounded, then the sign.
  const neg = part < 0n !== whole < 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  const scaled = (p * 2000n + w) / (w * 2n);
  return (neg ? -Number(scaled) : Number(scaled)) / 10;
}
