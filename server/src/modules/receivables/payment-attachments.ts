import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { type FileMeta, listFiles, readFile, storeFile, type Upload } from '../../platform/files/files.js';
import { isUuid } from '../../platform/schemas.js';
import { lockPayment } from './lock-payment.js';
import { PAYMENT_SUBJECT, paymentScope } from './payment-scope.js';
import { paymentFilePurposes, type TPaymentFilePurpose } from './schemas.js';
import { payments } from './tables.js';

const badPurpose = {
  purpose: {
    'zh-CN': '附件类型应为银行回单、收款凭证或其他',
    en: 'The attachment is a remittance slip, a voucher or other',
  },
};

/**
 * AR-3/AR-7: the remittance slip (银行回单) and vouchers of a payment, attached while it awaits
 * confirmation (a confirmed payment is never changed). Form field `purpose`: remittance_slip
 * (default), voucher, other.
 */
export function uploadPaymentFile(
  ctx: Ctx,
  paymentId: string,
  upload: Upload & { fields: Record<string, string> },
): Promise<FileMeta> {
  const actor = requireActor(ctx);
  const purpose = (upload.fields.purpose ?? 'remittance_slip') as TPaymentFilePurpose;
  if (!paymentFilePurposes.includes(purpose)) throw appError('VALIDATION_FAILED', badPurpose);
  return inTx(ctx, async (tx) => {
    const p = await lockPayment(tx, actor, paymentId, 'payment:create');
    if (p.status !== 'pending') throw appError('STATUS_NOT_ALLOWED');
    return storeFile(tx, ctx, { subjectType: PAYMENT_SUBJECT, subjectId: p.id, purpose }, upload);
  });
}

async function assertReadable(db: DbOrTx, actor: Actor, paymentId: string) {
  if (!isUuid(paymentId)) throw appError('NOT_FOUND');
  const [row] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.id, paymentId), paymentScope(actor)));
  if (!row) throw appError('NOT_FOUND');
}

/** The files of a payment in the actor's scope, slips first, newest first within each kind. */
export async function listPaymentFiles(db: DbOrTx, actor: Actor, paymentId: string) {
  await assertReadable(db, actor, paymentId);
  const items: FileMeta[] = [];
  for (const purpose of paymentFilePurposes)
    items.push(...(await listFiles(db, { subjectType: PAYMENT_SUBJECT, subjectId: paymentId, purpose })));
  return { items };
}

/** One file of a payment in the actor's scope, with its bytes. */
export async function readPaymentFile(db: DbOrTx, actor: Actor, paymentId: string, fileId: string) {
  await assertReadable(db, actor, paymentId);
  return readFile(db, { subjectType: PAYMENT_SUBJECT, subjectId: paymentId }, fileId);
}
