import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import { refreshInstalmentAmounts } from './amounts.js';
import { instalmentsSettled } from './settled-event.js';
import { settlements } from './tables.js';

/** An instalment in force, locked, with what is already reserved against it (pending or confirmed). */
export interface OpenInstalment {
  id: string;
  contractId: string;
  seq: number;
  dueDate: string;
  amountFen: bigint;
  /** Σ settlements not released: confirmed money, credit notes, write-offs and pending payments. */
  reservedFen: bigint;
}

export type SettlementSource = (typeof settlements.$inferInsert)['sourceType'];

/**
 * Locks the instalments in force of one contract, or of all a customer's contracts, oldest due
 * first (FOR UPDATE: concurrent allocations queue here, so the stored amounts they read are final).
 */
export async function lockOpenInstalments(
  tx: Tx,
  where: { contractId: string } | { customerId: string },
): Promise<OpenInstalment[]> {
  const filter =
    'contractId' in where
      ? sql`i.contract_id = ${where.contractId}`
      : sql`i.customer_id = ${where.customerId}`;
  const locked = await queryRows<{
    id: string;
    contract_id: string;
    seq: number;
    due_date: string;
    amount_fen: string;
    taken_fen: string;
  }>(
    tx,
    sql`select i.id, i.contract_id, i.seq, to_char(i.due_date, 'YYYY-MM-DD') as due_date, i.amount_fen::text as amount_fen,
          (i.settled_fen + i.reserved_fen)::text as taken_fen
        from instalments i
        where i.superseded_at is null and ${filter}
        order by i.due_date, i.seq, i.id
        for update`,
  );
  return locked.map((r) => ({
    id: r.id,
    contractId: r.contract_id,
    seq: Number(r.seq),
    dueDate: r.due_date,
    amountFen: BigInt(r.amount_fen),
    reservedFen: BigInt(r.taken_fen),
  }));
}

export interface Allocation {
  instalmentId: string;
  amountFen: bigint;
}

/**
 * Settles `amountFen` against locked instalments: the manual split when given (each line no more
 * than the instalment still has open, else ALLOCATION_EXCEEDS), otherwise oldest due first.
 * Never allocates more than an instalment owes; what is left over is returned (the caller keeps
 * it as customer credit). `confirmed`: whether the settlement counts now (a pending payment only
 * reserves until finance confirms it, AR-4).
 */
export async function settle(
  tx: Tx,
  ctx: Ctx,
  input: {
    sourceType: SettlementSource;
    sourceId: string;
    instalments: OpenInstalment[];
    amountFen: bigint;
    manual?: Allocation[];
    confirmed: boolean;
  },
): Promise<{ allocations: Allocation[]; leftoverFen: bigint }> {
  const open = new Map(input.instalments.map((i) => [i.id, i.amountFen - i.reservedFen]));
  let plan: Allocation[];
  if (input.manual && input.manual.length > 0) {
    plan = input.manual.filter((m) => m.amountFen > 0n);
    const fields: Record<string, { 'zh-CN': string; en: string }> = {};
    let sum = 0n;
    input.manual.forEach((m, i) => {
      const left = open.get(m.instalmentId);
      if (left === undefined || m.amountFen > left)
        fields[`allocations.${i}.amountFen`] = {
          'zh-CN': left === undefined ? '该期回款计划不存在或已变更' : '超过该期未收金额',
          en: left === undefined ? 'No such instalment in force' : 'More than the instalment still owes',
        };
      // The same instalment named twice: the second line may take only what the first left.
      else open.set(m.instalmentId, left - m.amountFen);
      sum += m.amountFen;
    });
    if (sum > input.amountFen)
      fields.allocations = {
        'zh-CN': '分配合计超过回款金额',
        en: 'The allocations add up to more than the payment',
      };
    if (Object.keys(fields).length > 0) throw appError('ALLOCATION_EXCEEDS', fields);
  } else {
    plan = [];
    let rest = input.amountFen;
    for (const i of input.instalments) {
      if (rest <= 0n) break;
      const left = open.get(i.id) ?? 0n;
      if (left <= 0n) continue;
      const take = left < rest ? left : rest;
      plan.push({ instalmentId: i.id, amountFen: take });
      rest -= take;
    }
  }
  const at = ctx.clock.now();
  if (plan.length > 0)
    await tx.insert(settlements).values(
      plan.map((a) => ({
        instalmentId: a.instalmentId,
        sourceType: input.sourceType,
        sourceId: input.sourceId,
        amountFen: a.amountFen,
        confirmedAt: input.confirmed ? at : null,
        createdAt: at,
      })),
    );
  if (plan.length > 0)
    await refreshInstalmentAmounts(
      tx,
      plan.map((a) => a.instalmentId),
    );
  if (input.confirmed && plan.length > 0)
    await emit(tx, ctx, instalmentsSettled, { instalmentIds: plan.map((a) => a.instalmentId) });
  const allocated = plan.reduce((n, a) => n + a.amountFen, 0n);
  return { allocations: plan, leftoverFen: input.amountFen - allocated };
}
