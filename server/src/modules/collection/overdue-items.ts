import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import {
  addLocalDays,
  localDate,
  localDaysBetween,
  startOfLocalDay,
} from '../../platform/deadlines/calendar.js';
import { closeDueItem, openDueItem, type Rung, reopenDueItem } from '../../platform/deadlines/due-items.js';
import { defineDueItemKind, type KindNotice, type RungFiring } from '../../platform/deadlines/kinds.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { moneyText } from '../../platform/money.js';
import { readPolicy } from '../../platform/policies/read.js';
import { receivableLink } from './events.js';
import { markLegalReview } from './legal-status.js';
import { escalationDays } from './policies.js';

/** AR-5/AR-8: an overdue instalment is a due item of this kind, owned by the rep. */
export const OVERDUE_KIND = 'receivable.overdue';
export const INSTALMENT_SUBJECT = 'instalment';

const MINUTE_MS = 60_000;

/**
 * AR-8: the escalation ladder of an instalment due on `dueDate`, from `ar.escalationDays`:
 * the day after the due date the rep is told; at the manager days the nearest sales manager up
 * the rep's chain (no manager: the nearest active superior); at the director days the sales
 * director(s); at the legal days the contract goes to legal review (action `legal-review`)
 * and the director(s) and finance are told. A level of N days fires at the start of the day
 * N days after the due date (company time zone); the item is due at the start of the first
 * overdue day.
 */
export function overdueLadder(
  dueDate: string,
  days: { manager: number; director: number; legal: number },
  tz: string,
): { dueAt: Date; ladder: Rung[] } {
  const dueAt = startOfLocalDay(addLocalDays(dueDate, 1), tz);
  const at = (n: number) =>
    Math.round((startOfLocalDay(addLocalDays(dueDate, n), tz).getTime() - dueAt.getTime()) / MINUTE_MS);
  const escalated = 'receivable.escalated';
  const legal = 'receivable.legalReview';
  return {
    dueAt,
    ladder: [
      { offsetMinutes: 0, notify: 'owner', event: 'receivable.overdue', key: 'overdue' },
      {
        offsetMinutes: at(days.manager),
        notify: { kind: 'nearestRole', role: 'sales_manager' },
        event: escalated,
        key: 'manager',
      },
      {
        offsetMinutes: at(days.director),
        notify: { kind: 'role', role: 'sales_director' },
        event: escalated,
        key: 'director',
      },
      {
        offsetMinutes: at(days.legal),
        action: 'legal-review',
        notify: { kind: 'role', role: 'sales_director' },
        event: legal,
        key: 'legal',
      },
      {
        offsetMinutes: at(days.legal),
        notify: { kind: 'role', role: 'finance' },
        event: legal,
        key: 'legal',
      },
    ],
  };
}

interface InstalmentFacts {
  contract_id: string;
  contract_number: string;
  customer_name: string;
  owner_name: string;
  due_date: string;
  open_fen: string;
  in_force: boolean;
}

async function factsOf(db: DbOrTx, instalmentId: string): Promise<InstalmentFacts | undefined> {
  const [row] = await queryRows<InstalmentFacts>(
    db,
    sql`select i.contract_id, k.number as contract_number, c.name as customer_name,
          u.display_name as owner_name, to_char(i.due_date, 'YYYY-MM-DD') as due_date,
          (i.amount_fen - i.settled_fen)::text as open_fen,
          (i.superseded_at is null) as in_force
        from instalments i
        join contracts k on k.id = i.contract_id
        join customers c on c.id = i.customer_id
        join users u on u.id = i.owner_id
        where i.id = ${instalmentId}`,
  );
  return row;
}

/** Days overdue at a moment: the company date minus the due date. */
function ageAt(dueDate: string, now: Date, tz: string): number {
  return localDaysBetween(dueDate, localDate(now, tz));
}

/** The notices of AR-8, worded as the collection desk words them (open amount and age at the moment). */
async function notice(tx: Tx, f: RungFiring & { event: string }): Promise<KindNotice | null> {
  const o = await factsOf(tx, f.item.subjectId);
  if (!o) return null;
  const what = `${o.customer_name}（${o.contract_number}）`;
  const whatEn = `${o.customer_name} (${o.contract_number})`;
  const money = moneyText(o.open_fen);
  const age = ageAt(o.due_date, f.now, f.tz);
  const link = receivableLink(o.contract_id);
  switch (f.rung.key) {
    case 'overdue':
      return {
        link,
        title: {
          'zh-CN': `回款逾期：${what} 未收 ${money}，已逾期 ${age} 天，请尽快催收并向经理汇报`,
          en: `Overdue: ${whatEn}, ${money} open, ${age} days overdue — collect it and report to your manager`,
        },
      };
    case 'manager':
      return {
        link,
        title: {
          'zh-CN': `逾期上报：${o.owner_name} 的 ${what} 未收 ${money}，已逾期 ${age} 天，请督促催收`,
          en: `Escalated: ${o.owner_name}'s ${whatEn}, ${money} open, ${age} days overdue — see that it is collected`,
        },
      };
    case 'director':
      return {
        link,
        title: {
          'zh-CN': `逾期 ${age} 天上报总监：${o.owner_name} 的 ${what} 未收 ${money}`,
          en: `${age} days overdue, escalated to the director: ${o.owner_name}'s ${whatEn}, ${money} open`,
        },
      };
    case 'legal':
      return {
        link,
        title: {
          'zh-CN': `逾期 ${age} 天，转入法务审查：${what} 未收 ${money}（负责人 ${o.owner_name}）`,
          en: `${age} days overdue, now in legal review: ${whatEn}, ${money} open (owner ${o.owner_name})`,
        },
      };
    default:
      return null;
  }
}

/** AR-5/AR-8: overdue instalments on the deadline engine, with the legal-review action. */
export const overdueInstalmentKind = defineDueItemKind({
  kind: OVERDUE_KIND,
  label: { 'zh-CN': '逾期应收款', en: 'Overdue receivable' },
  link: (_id, rule) => (typeof rule.contractId === 'string' ? receivableLink(rule.contractId) : null),
  actions: {
    /** AR-8: persistent overdue → the contract goes to legal review (legal-status.ts). */
    'legal-review': async (tx, ctx, f) => {
      const o = await factsOf(tx, f.item.subjectId);
      if (!o) return null;
      const age = ageAt(o.due_date, f.now, f.tz);
      await markLegalReview(tx, ctx, o.contract_id, age);
      return { contractId: o.contract_id, daysOverdue: age };
    },
  },
  notice,
  // A debt settled (confirmed money only, AR-4) or replaced by a plan change is no longer due.
  stillDue: async (tx, item) => {
    const o = await factsOf(tx, item.subjectId);
    return !!o && o.in_force && BigInt(o.open_fen) > 0n;
  },
});

interface Candidate {
  id: string;
  contract_id: string;
  contract_number: string;
  customer_name: string;
  owner_id: string;
  unit_id: string;
  due_date: string;
  item_id: string | null;
  item_status: string | null;
  open_fen: string;
}

/**
 * AR-5/AR-8: the daily sweep that puts overdue debts on the deadline engine. Every instalment
 * in force still open (confirmed money only, AR-4) past its due date (company calendar) gets
 * its due item, owned by the rep, with the ladder of `ar.escalationDays` read for its unit;
 * the deadline job (`deadlines.escalate`) fires the rungs, each once. An item whose debt was
 * settled or replaced closes; a closed one whose debt is open again reopens with the rungs
 * already fired kept. One transaction per instalment.
 */
export async function sweepOverdueInstalments(
  ctx: Ctx,
): Promise<{ opened: number; reopened: number; closed: number }> {
  const at = ctx.clock.now();
  const tz = await readPolicy(ctx.db, companyTimeZone, at);
  const today = localDate(at, tz);
  const rows = await queryRows<Candidate>(
    ctx.db,
    sql`select o.* from (
        select i.id, i.contract_id, k.number as contract_number, c.name as customer_name,
          i.owner_id, i.unit_id, to_char(i.due_date, 'YYYY-MM-DD') as due_date,
          d.id as item_id, d.status as item_status,
          (i.amount_fen - i.settled_fen)::text as open_fen
        from instalments i
        join contracts k on k.id = i.contract_id
        join customers c on c.id = i.customer_id
        left join lateral (select id, status from due_items
          where kind = ${OVERDUE_KIND} and subject_type = ${INSTALMENT_SUBJECT} and subject_id = i.id::text
          order by created_at desc limit 1) d on true
        where i.superseded_at is null and i.settled_fen < i.amount_fen and i.due_date < ${today}::date) o
      where o.item_id is null or o.item_status <> 'open'
      order by o.due_date, o.id`,
  );
  const days = new Map<string, { manager: number; director: number; legal: number }>();
  let opened = 0;
  let reopened = 0;
  for (const o of rows) {
    if (o.item_id) {
      await inTx(ctx, (tx) => reopenDueItem(tx, ctx, { id: o.item_id! }, 'open_again'));
      reopened += 1;
      continue;
    }
    let ladderDays = days.get(o.unit_id);
    if (!ladderDays) {
      ladderDays = await readPolicy(ctx.db, escalationDays, at, o.unit_id);
      days.set(o.unit_id, ladderDays);
    }
    const { dueAt, ladder } = overdueLadder(o.due_date, ladderDays, tz);
    await inTx(ctx, (tx) =>
      openDueItem(tx, ctx, {
        kind: OVERDUE_KIND,
        title: `回款逾期：${o.customer_name}（${o.contract_number}）${o.due_date} 到期 / Overdue: ${o.customer_name} (${o.contract_number}) due ${o.due_date}`,
        ownerId: o.owner_id,
        unitId: o.unit_id,
        subjectType: INSTALMENT_SUBJECT,
        subjectId: o.id,
        dueAt,
        rule: { rule: 'AR-8', dueDate: o.due_date, contractId: o.contract_id, days: ladderDays },
        ladder,
      }),
    );
    opened += 1;
  }

  // Settled or replaced meanwhile: the item closes (the deadline job would close it at its next rung anyway).
  const stale = await noLongerDue(ctx.db);
  for (const s of stale) {
    await inTx(ctx, async (tx) => closeDueItem(tx, ctx, s, s.in_force ? 'paid' : 'superseded'));
  }
  return { opened, reopened, closed: stale.length };
}

/**
 * AR-4/AR-8: confirmed money paid these instalments off: their overdue items close at once, in
 * the same transaction, so the rep's 待办 and the ladder stop with the payment (not at the next
 * daily run).
 */
export async function closePaidOverdueItems(
  tx: Tx,
  ctx: Ctx,
  { instalmentIds }: { instalmentIds: string[] },
): Promise<void> {
  for (const item of await noLongerDue(tx, instalmentIds)) {
    await closeDueItem(tx, ctx, item, item.in_force ? 'paid' : 'superseded');
  }
}

/** Open overdue items whose debt was settled (confirmed money) or replaced; of these instalments only, if named. */
function noLongerDue(db: DbOrTx, instalmentIds?: string[]) {
  const only = instalmentIds
    ? sql`and d.subject_id in (${sql.join(
        [...new Set(instalmentIds)].map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  return queryRows<{ id: string; in_force: boolean }>(
    db,
    sql`select d.id, (i.superseded_at is null) as in_force from due_items d
        join instalments i on i.id::text = d.subject_id
        where d.kind = ${OVERDUE_KIND} and d.subject_type = ${INSTALMENT_SUBJECT} and d.status = 'open' ${only}
          and (i.superseded_at is not null or i.settled_fen >= i.amount_fen)`,
  );
}
