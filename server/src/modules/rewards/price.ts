/**
 * INC-6: a reward's points price = its value in yuan × the exchange ratio (points per yuan, decimal
 * text), a part of a point counting as a whole one — in integers throughout (fen and the ratio's
 * digits), never a float.
 */
export function pointsPriceOf(valueFen: bigint, ratio: string): bigint {
  const [whole = '0', frac = ''] = ratio.trim().split('.');
  const num = BigInt(`${whole}${frac}`);
  const den = 100n * 10n ** BigInt(frac.length);
  const product = valueFen * num;
  return (product + den - 1n) / den;
}
