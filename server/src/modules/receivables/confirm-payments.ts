import type { Ctx } from '../../platform/context.js';
import { AppError, errorMessage } from '../../platform/errors.js';
import { confirmPayment } from './confirm-payment.js';
import type { TPaymentConfirmBatchResult } from './schemas.js';

/** The reason a confirmation was refused, in the user's language (a field message when there is one). */
function reasonOf(error: AppError, ctx: Ctx): string {
  const field = error.fields ? Object.values(error.fields)[0] : undefined;
  return field ? field[ctx.lang] : errorMessage(error.code, ctx.lang, error.params);
}

/**
 * AR-4: finance confirms several payments at once. Each goes through `confirmPayment` in its own
 * transaction — scope, status, the remittance slip (AR-7) and separation of duties checked and
 * audited one by one — so one refusal leaves the others confirmed. The answer says which were
 * confirmed and which refused, and why.
 */
export async function confirmPayments(ctx: Ctx, ids: string[]): Promise<TPaymentConfirmBatchResult> {
  const result: TPaymentConfirmBatchResult = { confirmed: [], refused: [] };
  for (const id of new Set(ids)) {
    try {
      const payment = await confirmPayment(ctx, id);
      result.confirmed.push({ id, number: payment.number });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.refused.push({ id, code: error.code, message: reasonOf(error, ctx) });
    }
  }
  return result;
}
