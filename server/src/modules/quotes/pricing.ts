/**
 * Q2C-2/Q2C-3: the arithmetic of a quote, in integer fen (bigint) with explicit rounding.
 *
 * Line model: the rep offers a net unit price (default: the list price). The discount off list
 * is computed, never entered: discountBp = (list − unit) ÷ list in basis points, rounded UP
 * (ceiling) so that a discount a hair above a limit is never rounded down under it; a price
 * above list gives a negative discount. amountFen = unit × quantity.
 *
 * Tax: quoted prices INCLUDE VAT (含税价, as is usual in China). totalFen = Σ amounts;
 * taxFen = round-half-up(total × rate ÷ (100 + rate)); netTotalFen = total − tax.
 */

export interface LinePrices {
  listPriceFen: bigint;
  floorPriceFen: bigint;
  unitPriceFen: bigint;
  quantity: number;
}

export interface PricedLine extends LinePrices {
  discountBp: number;
  amountFen: bigint;
}

export interface QuoteTotals {
  listTotalFen: bigint;
  totalFen: bigint;
  taxFen: bigint;
  netTotalFen: bigint;
  /** The largest line discount in basis points (0 when no line is discounted). */
  maxDiscountBp: number;
  /** Some line is priced under its floor price. */
  belowFloor: boolean;
}

/** ⌈n ÷ d⌉ for d > 0 (bigint division truncates toward zero). */
function ceilDiv(n: bigint, d: bigint): bigint {
  return n > 0n ? (n + d - 1n) / d : n / d;
}

/** round-half-up(n ÷ d) for n ≥ 0, d > 0. */
export function roundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** Discount off list in basis points, rounded up (1 fen off 3 yuan = 34 bp, not 33). */
export function discountBp(listPriceFen: bigint, unitPriceFen: bigint): number {
  if (listPriceFen <= 0n) return 0;
  return Number(ceilDiv((listPriceFen - unitPriceFen) * 10_000n, listPriceFen));
}

export function priceLine(l: LinePrices): PricedLine {
  return {
    ...l,
    discountBp: discountBp(l.listPriceFen, l.unitPriceFen),
    amountFen: l.unitPriceFen * BigInt(l.quantity),
  };
}

/** The tax contained in a tax-included amount at `ratePct` percent, rounded half up to the fen. */
export function includedTax(totalFen: bigint, ratePct: number): bigint {
  const rate = BigInt(ratePct);
  return roundHalfUp(totalFen * rate, 100n + rate);
}

export function quoteTotals(lines: PricedLine[], taxRatePct: number): QuoteTotals {
  let listTotalFen = 0n;
  let totalFen = 0n;
  let maxDiscountBp = 0;
  let belowFloor = false;
  for (const l of lines) {
    listTotalFen += l.listPriceFen * BigInt(l.quantity);
    totalFen += l.amountFen;
    maxDiscountBp = Math.max(maxDiscountBp, l.discountBp);
    if (l.unitPriceFen < l.floorPriceFen) belowFloor = true;
  }
  const taxFen = includedTax(totalFen, taxRatePct);
  return { listTotalFen, totalFen, taxFen, netTotalFen: totalFen - taxFen, maxDiscountBp, belowFloor };
}
