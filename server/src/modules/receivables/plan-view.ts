import { and, desc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { addLocalDays, localDaysBetween } from '../../platform/deadlines/calendar.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { readPolicy } from '../../platform/policies/read.js';
import { effectiveAmountFen } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { type ContractForMoney, contractInScope } from './contract-access.js';
import { dueSoonDays } from './policies.js';
import type { TContractMoney, TInstalment, TInstalmentStatus, TPlan } from './schemas.js';
import { planChanges } from './tables.js';

interface InstalmentFigures {
  id: string;
  seq: number;
  plan_version: number;
  due_date: string;
  amount_fen: string;
  confirmed_fen: string;
  pending_fen: string;
  origin: TInstalment['origin'];
}

/** The instalments in force of a contract with their confirmed and pending settlements (AR-4; stored). */
export function instalmentFigures(db: DbOrTx, contractId: string) {
  return queryRows<InstalmentFigures>(
    db,
    sql`select i.id, i.seq, i.plan_version, to_char(i.due_date, 'YYYY-MM-DD') as due_date,
          i.amount_fen::text as amount_fen, i.settled_fen::text as confirmed_fen,
          i.reserved_fen::text as pending_fen, i.origin
        from instalments i
        where i.contract_id = ${contractId} and i.superseded_at is null
        order by i.due_date, i.seq`,
  );
}

/** AR-1/AR-5: paid, not due, due soon (within the policy's days) or overdue by N days. */
export function instalmentStatus(
  openFen: bigint,
  dueDate: string,
  today: string,
  soonDays: number,
): { status: TInstalmentStatus; daysOverdue: number } {
  if (openFen <= 0n) return { status: 'paid', daysOverdue: 0 };
  if (dueDate < today) return { status: 'overdue', daysOverdue: localDaysBetween(dueDate, today) };
  if (dueDate <= addLocalDays(today, soonDays)) return { status: 'due_soon', daysOverdue: 0 };
  return { status: 'not_due', daysOverdue: 0 };
}

/** AR-1: the plan in force of a signed main contract in the actor's payment:read scope. */
export async function getPlan(db: DbOrTx, actor: Actor, contractId: string, at: Date): Promise<TPlan> {
  const contract = await contractInScope(db, actor, contractId, 'payment:read');
  return planOf(db, contract, at);
}

export async function planOf(db: DbOrTx, contract: ContractForMoney, at: Date): Promise<TPlan> {
  const today = await companyToday(db, at);
  const soon = await readPolicy(db, dueSoonDays, at, contract.unitId);
  const rows = await instalmentFigures(db, contract.id);
  let changeable = 0n;
  const instalments = rows.map((r) => {
    const amount = BigInt(r.amount_fen);
    const confirmed = BigInt(r.confirmed_fen);
    const pending = BigInt(r.pending_fen);
    const open = amount - confirmed;
    if (pending === 0n && open > 0n) changeable += open;
    return {
      id: r.id,
      seq: Number(r.seq),
      planVersion: Number(r.plan_version),
      dueDate: r.due_date,
      amountFen: amount.toString(),
      confirmedFen: confirmed.toString(),
      pendingFen: pending.toString(),
      openFen: open.toString(),
      ...instalmentStatus(open, r.due_date, today, soon),
      origin: r.origin,
    };
  });
  const [pendingChange] = await db
    .select({ id: planChanges.id })
    .from(planChanges)
    .where(and(eq(planChanges.contractId, contract.id), eq(planChanges.status, 'reviewing')))
    .orderBy(desc(planChanges.createdAt))
    .limit(1);
  const [customer] = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(eq(customers.id, contract.customerId));
  return {
    contractId: contract.id,
    contractNumber: contract.number,
    customer: customer!,
    today,
    instalments,
    changeableFen: changeable.toString(),
    pendingChangeId: pendingChange?.id ?? null,
  };
}

/**
 * AR-3/AR-4: a contract's money — contract amount (with signed supplements), invoiced,
 * collected (confirmed only), pending confirmation, credit notes, written off and outstanding.
 */
export async function contractMoney(db: DbOrTx, actor: Actor, contractId: string): Promise<TContractMoney> {
  const contract = await contractInScope(db, actor, contractId, 'payment:read');
  const [row] = await queryRows<{
    invoiced: string;
    collected: string;
    pending: string;
    credit_notes: string;
    written_off: string;
    outstanding: string;
  }>(
    db,
    sql`select
      (select coalesce(sum(v.amount_fen), 0) from invoices v where v.contract_id = ${contract.id})::text as invoiced,
      (select coalesce(sum(s.amount_fen), 0) from settlements s join instalments i on i.id = s.instalment_id
        where i.contract_id = ${contract.id} and s.released_at is null and s.confirmed_at is not null
          and (s.source_type = 'payment' or (s.source_type = 'credit_note' and s.source_id in
            (select cn.id from credit_notes cn where cn.contract_id = ${contract.id} and cn.source_type = 'customer_credit'))))::text as collected,
      (select coalesce(sum(i.reserved_fen), 0) from instalments i
        where i.contract_id = ${contract.id})::text as pending,
      (select coalesce(sum(cn.amount_fen), 0) from credit_notes cn
        where cn.contract_id = ${contract.id} and cn.source_type <> 'customer_credit')::text as credit_notes,
      (select coalesce(sum(s.amount_fen), 0) from settlements s join instalments i on i.id = s.instalment_id
        where i.contract_id = ${contract.id} and s.released_at is null and s.confirmed_at is not null
          and s.source_type = 'write_off')::text as written_off,
      (select coalesce(sum(i.amount_fen - i.settled_fen), 0) from instalments i
        where i.contract_id = ${contract.id} and i.superseded_at is null
          and i.settled_fen < i.amount_fen)::text as outstanding`,
  );
  return {
    contractId: contract.id,
    contractAmountFen: (await effectiveAmountFen(db, contract)).toString(),
    invoicedFen: row?.invoiced ?? '0',
    collectedFen: row?.collected ?? '0',
    pendingFen: row?.pending ?? '0',
    creditNotesFen: row?.credit_notes ?? '0',
    writtenOffFen: row?.written_off ?? '0',
    outstandingFen: row?.outstanding ?? '0',
  };
}
