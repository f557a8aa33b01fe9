import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { assertNotFuture, companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { once } from '../../platform/idempotency/idempotency.js';
import { moneyText } from '../../platform/money.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { assertSignedMain } from '../contracts/index.js';
import { customerInScope } from '../customers/index.js';
import { lockOpenInstalments, settle } from './allocate.js';
import { contractById } from './contract-access.js';
import { paymentTimeline, tellConfirmers } from './payment-events.js';
import { paymentDetail } from './payment-queries.js';
import { cashLimitFen } from './policies.js';
import type { TPaymentCreate, TPaymentDetail } from './schemas.js';
import { payments } from './tables.js';

/** SK2026-000001: the gapless yearly number of a payment (收款). */
export async function nextPaymentNumber(tx: Tx, ctx: Ctx): Promise<string> {
  const year = (await companyToday(tx, ctx.clock.now())).slice(0, 4);
  const n = await nextInSequence(tx, 'payment', year);
  return `SK${year}-${String(n).padStart(6, '0')}`;
}

const notTheirContract = {
  contractId: {
    'zh-CN': '请选择该客户已签订的主合同',
    en: 'Choose a signed main contract of this customer',
  },
};

/**
 * AR-2: money already received (not a future date), and cash only up to the cash limit (policy,
 * read for the acting user's unit); above it the money comes by transfer, card or bill.
 */
async function assertPaymentTerms(tx: Tx, ctx: Ctx, input: TPaymentCreate) {
  const at = ctx.clock.now();
  await assertNotFuture(tx, at, 'receivedOn', input.receivedOn);
  if (input.method !== 'cash') return;
  const limit = BigInt(await readPolicy(tx, cashLimitFen, at, requireActor(ctx).unitId));
  if (BigInt(input.amountFen) > limit)
    throw appError('VALIDATION_FAILED', {
      amountFen: {
        'zh-CN': `现金收款单笔不得超过 ${moneyText(limit)}，请改用银行转账、POS 刷卡或承兑汇票`,
        en: `A cash payment may not exceed ${moneyText(limit)}; use a transfer, card or acceptance bill`,
      },
    });
}

/**
 * AR-2/AR-3/AR-4: a payment received is recorded (method, amount, date, payer, voucher) and
 * reserves the open instalments — oldest due first, or as split by hand — without counting
 * until finance confirms it. What is not allocated becomes customer credit on confirmation.
 * With an Idempotency-Key, a retry or a double click returns the first payment (AR-2).
 */
export function recordPayment(
  ctx: Ctx,
  input: TPaymentCreate,
  idempotencyKey?: string,
): Promise<TPaymentDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, (tx) =>
    once(tx, ctx, { scope: 'payment.create', key: idempotencyKey, body: input }, async () => {
      const customer = await customerInScope(tx, actor, input.customerId);
      await assertPaymentTerms(tx, ctx, input);
      let ownerId = customer.ownerId ?? actor.id;
      if (input.contractId) {
        const contract = await contractById(tx, input.contractId);
        if (!contract || contract.customerId !== customer.id)
          throw appError('VALIDATION_FAILED', notTheirContract);
        assertSignedMain(contract);
        ownerId = contract.ownerId;
      }
      const [owner] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
      const amount = BigInt(input.amountFen);
      const at = ctx.clock.now();
      const [row] = await tx
        .insert(payments)
        .values({
          number: await nextPaymentNumber(tx, ctx),
          kind: 'receipt',
          customerId: customer.id,
          contractId: input.contractId ?? null,
          ownerId,
          unitId: owner!.unitId,
          method: input.method,
          amountFen: amount,
          receivedOn: input.receivedOn,
          payer: input.payer,
          voucherNo: input.voucherNo ?? null,
          remark: input.remark ?? null,
          status: 'pending',
          createdAt: at,
          createdBy: actor.id,
          updatedAt: at,
        })
        .returning();
      const payment = row!;
      const open = await lockOpenInstalments(
        tx,
        input.contractId ? { contractId: input.contractId } : { customerId: customer.id },
      );
      const { allocations, leftoverFen } = await settle(tx, ctx, {
        sourceType: 'payment',
        sourceId: payment.id,
        instalments: open,
        amountFen: amount,
        manual: input.allocations?.map((a) => ({
          instalmentId: a.instalmentId,
          amountFen: BigInt(a.amountFen),
        })),
        confirmed: false,
      });
      if (leftoverFen !== 0n)
        await tx.update(payments).set({ unallocatedFen: leftoverFen }).where(eq(payments.id, payment.id));
      await audit(tx, ctx, {
        entity: 'payment',
        entityId: payment.id,
        action: 'payment.record',
        after: { payment: { ...payment, unallocatedFen: leftoverFen }, allocations },
      });
      await paymentTimeline(tx, ctx, payment, 'payment.recorded', {
        'zh-CN': `登记回款 ${payment.number}：${moneyText(amount)}（待财务确认）`,
        en: `Payment ${payment.number} recorded: ${moneyText(amount)} (awaiting finance)`,
      });
      await tellConfirmers(tx, ctx, payment.id, {
        'zh-CN': `回款待确认：${customer.name} ${moneyText(amount)}（${payment.number}）`,
        en: `Payment to confirm: ${customer.name} ${moneyText(amount)} (${payment.number})`,
      });
      return paymentDetail(tx, payment.id, ctx.clock.now());
    }),
  );
}
