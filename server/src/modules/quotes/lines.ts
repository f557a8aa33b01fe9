import { asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import { productsForQuote } from '../products/index.js';
import { type PricedLine, priceLine, type QuoteTotals, quoteTotals } from './pricing.js';
import type { TQuoteLineInput } from './schemas.js';
import { quoteLines } from './tables.js';

export interface NewLine extends PricedLine {
  productId: string;
  productName: string;
  unit: string;
  remark: string | null;
}

/** The largest amount an API fen field carries (15 digits, as `zFen` accepts); larger never reaches a bigint column. */
const MAX_AMOUNT_FEN = 999_999_999_999_999n;

const tooLarge = { 'zh-CN': '金额过大', en: 'The amount is too large' };

/**
 * Q2C-2: lines as entered → priced lines, with a copy of each product's name, unit, list and
 * floor price now. Every product must exist, be active and priced (field errors on the line),
 * and every line amount and the totals must stay within MAX_AMOUNT_FEN.
 */
export async function priceLines(db: DbOrTx, input: TQuoteLineInput[]): Promise<NewLine[]> {
  const products = await productsForQuote(
    db,
    input.map((l) => l.productId),
  );
  const lines = input.map((l, i) => {
    const p = products.get(l.productId);
    const field = `lines.${i}.productId`;
    if (!p)
      throw appError('VALIDATION_FAILED', { [field]: { 'zh-CN': '没有这个产品', en: 'No such product' } });
    if (p.status !== 'active' || !p.priced)
      throw appError('PRODUCT_RETIRED', {
        [field]: { 'zh-CN': `${p.name} 已停售或尚未定价`, en: `${p.name} is retired or not priced yet` },
      });
    const priced = priceLine({
      listPriceFen: p.listPriceFen,
      floorPriceFen: p.floorPriceFen,
      unitPriceFen: l.unitPriceFen !== undefined ? BigInt(l.unitPriceFen) : p.listPriceFen,
      quantity: l.quantity,
    });
    if (priced.amountFen > MAX_AMOUNT_FEN || priced.listPriceFen * BigInt(l.quantity) > MAX_AMOUNT_FEN)
      throw appError('VALIDATION_FAILED', { [`lines.${i}.quantity`]: tooLarge });
    return { ...priced, productId: p.id, productName: p.name, unit: p.unit, remark: l.remark ?? null };
  });
  let total = 0n;
  let listTotal = 0n;
  for (const l of lines) {
    total += l.amountFen;
    listTotal += l.listPriceFen * BigInt(l.quantity);
  }
  if (total > MAX_AMOUNT_FEN || listTotal > MAX_AMOUNT_FEN)
    throw appError('VALIDATION_FAILED', { lines: tooLarge });
  return lines;
}

/** Replaces a quote's lines and returns the totals to store on the quote (tax at the quote's rate). */
export async function replaceLines(
  tx: Tx,
  quoteId: string,
  lines: NewLine[],
  taxRatePct: number,
): Promise<QuoteTotals> {
  await tx.delete(quoteLines).where(eq(quoteLines.quoteId, quoteId));
  if (lines.length > 0)
    await tx.insert(quoteLines).values(
      lines.map((l, i) => ({
        quoteId,
        seq: i + 1,
        productId: l.productId,
        productName: l.productName,
        unit: l.unit,
        quantity: l.quantity,
        listPriceFen: l.listPriceFen,
        floorPriceFen: l.floorPriceFen,
        unitPriceFen: l.unitPriceFen,
        discountBp: l.discountBp,
        amountFen: l.amountFen,
        remark: l.remark,
      })),
    );
  return quoteTotals(lines, taxRatePct);
}

export function linesOf(db: DbOrTx, quoteId: string) {
  return db.select().from(quoteLines).where(eq(quoteLines.quoteId, quoteId)).orderBy(asc(quoteLines.seq));
}
