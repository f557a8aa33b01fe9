import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { customerInScope } from '../customers/index.js';
import { markQuoteContracted, quoteForContract } from '../quotes/index.js';
import { creditCheckOf } from './credit-check.js';
import { assertDates, assertDecreaseWithinContract, parseDeltaFen } from './fields.js';
import { nextContractNumber } from './number.js';
import { getContract } from './queries.js';
import type { TContract, ZContractCreate } from './schemas.js';
import { assertSignedMain, contractInScope } from './scope.js';
import { contracts } from './tables.js';
import { contractTimelineEvent } from './timeline.js';

type Input = z.output<typeof ZContractCreate>;
type NewContract = typeof contracts.$inferInsert;

const required = { 'zh-CN': '必填', en: 'Required' };

/** Q2C-5: an intent or main contract for a customer the actor may read; from an accepted quote if given. */
async function draftForCustomer(tx: Tx, actor: Actor, input: Exclude<Input, { kind: 'supplement' }>) {
  let quote: Awaited<ReturnType<typeof quoteForContract>> | null = null;
  if (input.kind === 'main' && input.quoteId) {
    quote = await quoteForContract(tx, actor, input.quoteId);
    if (quote.status !== 'accepted' || quote.contractId !== null) throw appError('STATUS_NOT_ALLOWED');
  }
  const customerId = quote?.customerId ?? input.customerId;
  if (!customerId) throw appError('VALIDATION_FAILED', { customerId: required });
  if (quote && input.customerId && input.customerId !== quote.customerId) {
    throw appError('VALIDATION_FAILED', {
      customerId: { 'zh-CN': '客户须与报价单一致', en: 'The customer must be the quote’s customer' },
    });
  }
  const customer = await customerInScope(tx, actor, customerId, 'read');
  const amountFen = input.amountFen ? BigInt(input.amountFen) : (quote?.totalFen ?? null);
  if (amountFen === null) throw appError('VALIDATION_FAILED', { amountFen: required });
  const title = input.title ?? (quote ? `${customer.name} ${quote.number}` : null);
  if (!title) throw appError('VALIDATION_FAILED', { title: required });
  assertDates(input.startDate, input.endDate);
  const values: Omit<NewContract, 'number'> = {
    kind: input.kind,
    customerId: customer.id,
    quoteId: quote?.id ?? null,
    title,
    ownerId: actor.id,
    unitId: actor.unitId,
    amountFen,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    paymentTerms: input.paymentTerms ?? null,
    remark: input.remark ?? null,
  };
  return { values, quoteId: quote?.id ?? null };
}

/** Q2C-8: a supplement to a signed main contract; customer and owner are the main contract's. */
async function draftSupplement(tx: Tx, actor: Actor, input: Extract<Input, { kind: 'supplement' }>) {
  const deltaFen = parseDeltaFen(input.deltaFen);
  const main = await contractInScope(tx, actor, input.mainContractId, { permission: 'contract:write' });
  assertSignedMain(main, 'mainContractId');
  await assertDecreaseWithinContract(tx, main.id, deltaFen);
  const values: Omit<NewContract, 'number'> = {
    kind: 'supplement',
    mainContractId: main.id,
    customerId: main.customerId,
    title: input.title,
    ownerId: main.ownerId,
    unitId: main.unitId,
    amountFen: 0n,
    deltaFen,
    remark: input.remark ?? null,
  };
  return { values, quoteId: null };
}

/** Q2C-5: drafts a contract (numbered HT2026-0001 …); audited, on the customer's timeline. */
export function createContract(ctx: Ctx, input: Input): Promise<TContract> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const { values, quoteId } =
      input.kind === 'supplement'
        ? await draftSupplement(tx, actor, input)
        : await draftForCustomer(tx, actor, input);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(contracts)
      .values({
        ...values,
        number: await nextContractNumber(tx, ctx),
        status: 'draft',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error('contract insert failed');
    // CUS-9: the credit figures as of now (refreshed again at submission).
    await tx
      .update(contracts)
      .set({ creditCheck: await creditCheckOf(tx, ctx, row) })
      .where(eq(contracts.id, row.id));
    if (quoteId) await markQuoteContracted(tx, ctx, quoteId, row.id);
    await audit(tx, ctx, { entity: 'contract', entityId: row.id, action: 'contract.create', after: row });
    await contractTimelineEvent(tx, ctx, row, 'created');
    return getContract(tx, actor, row.id);
  });
}
