/**
 * Q2C-2: the quote editor's live figures, computed exactly as the server does (integer fen,
 * bigint): discount off list in basis points rounded UP, amount = unit × quantity, VAT
 * included in the total rounded half up. The server recomputes on save; these only preview.
 */

export function discountBp(listPriceFen: bigint, unitPriceFen: bigint): number {
  if (listPriceFen <= 0n) return 0;
  const n = (listPriceFen - unitPriceFen) * 10_000n;
  return Number(n > 0n ? (n + listPriceFen - 1n) / listPriceFen : n / listPriceFen);
}

/** 1250 bp → "12.5%", 1667 → "16.67%", -500 → "-5%". */
export function bpToPct(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${frac ? `.${frac}` : ''}%`;
}

export function includedTax(totalFen: bigint, ratePct: number): bigint {
  const rate = BigInt(ratePct);
  const d = 100n + rate;
  return (2n * totalFen * rate + d) / (2n * d);
}

export interface DraftLine {
  listPriceFen: bigint;
  floorPriceFen: bigint;
  unitPriceFen: bigint;
  quantity: number;
}

/** Warnings of a line: above the owner's own limit (superior approves) and under the floor. */
export function lineWarnings(l: DraftLine, limitPct: number) {
  const bp = discountBp(l.listPriceFen, l.unitPriceFen);
  return { bp, overLimit: bp > limitPct * 100, belowFloor: l.unitPriceFen < l.floorPriceFen };
}

/** The figures of a quote: 含税合计 (total), of which 税额 (tax), and 不含税金额 (net = total − tax). */
export interface DraftTotals {
  listTotalFen: bigint;
  totalFen: bigint;
  taxFen: bigint;
  netTotalFen: bigint;
}

/** The quote's totals as the server's quoteTotals computes them (server/src/modules/quotes/pricing.ts). */
export function draftTotals(lines: DraftLine[], taxRatePct: number): DraftTotals {
  let listTotalFen = 0n;
  let totalFen = 0n;
  for (const l of lines) {
    listTotalFen += l.listPriceFen * BigInt(l.quantity);
    totalFen += l.unitPriceFen * BigInt(l.quantity);
  }
  const taxFen = includedTax(totalFen, taxRatePct);
  return { listTotalFen, totalFen, taxFen, netTotalFen: totalFen - taxFen };
}
