import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { superiorChainSql } from '../../platform/org/tree.js';
import { readPolicy } from '../../platform/policies/read.js';
import { settledFenSql } from '../receivables/index.js';
import { activeRoleHolders, receivableLink } from './events.js';
import { markLegalReview } from './legal-status.js';
import { escalationDays } from './policies.js';
import { instalmentEscalations } from './tables.js';

export const escalationLevels = ['overdue', 'manager', 'director', 'legal'] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

interface Overdue {
  id: string;
  contract_id: string;
  contract_number: string;
  customer_id: string;
  customer_name: string;
  owner_id: string;
  owner_name: string;
  unit_id: string;
  due_date: string;
  open_fen: string;
  age: number;
  reached: string | null;
}

/** The nearest active holder of a role up a user's superior chain (ORG-3), else the nearest active superior. */
async function nearestUp(tx: Tx, userId: string, role: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select up.id from ${superiorChainSql(userId)} up join users u on u.id = up.id
        where u.status = 'active'
        order by (exists (select 1 from user_roles ur join roles r on r.id = ur.role_id
                  where ur.user_id = up.id and r.code = ${role})) desc, up.depth
        limit 1`,
  );
  return row?.id ?? null;
}

/** The levels an instalment `age` days overdue has reached under the ladder (AR-8). */
export function levelsReached(
  age: number,
  ladder: { manager: number; director: number; legal: number },
): EscalationLevel[] {
  const levels: EscalationLevel[] = [];
  if (age >= 1) levels.push('overdue');
  if (age >= ladder.manager) levels.push('manager');
  if (age >= ladder.director) levels.push('director');
  if (age >= ladder.legal) levels.push('legal');
  return levels;
}

/** Takes one level of one instalment, once: true when this run took it (the row is new). */
async function takeLevel(tx: Tx, ctx: Ctx, o: Overdue, level: EscalationLevel): Promise<boolean> {
  const inserted = await tx
    .insert(instalmentEscalations)
    .values({ instalmentId: o.id, level, daysOverdue: Number(o.age), at: ctx.clock.now() })
    .onConflictDoNothing()
    .returning({ level: instalmentEscalations.level });
  if (inserted.length === 0) return false;
  await audit(tx, ctx, {
    entity: 'instalment',
    entityId: o.id,
    action: `escalation.${level}`,
    after: { level, daysOverdue: Number(o.age), openFen: o.open_fen, contractId: o.contract_id },
  });
  return true;
}

async function tell(
  tx: Tx,
  ctx: Ctx,
  userIds: (string | null)[],
  event: string,
  o: Overdue,
  title: Localized,
) {
  for (const userId of new Set(userIds.filter((id): id is string => !!id))) {
    await notify(tx, ctx, {
      userId,
      event,
      title,
      subjectType: 'instalment',
      subjectId: o.id,
      link: receivableLink(o.contract_id),
    });
  }
}

/** One level's action: who is told, and for legal the contract's status. */
async function act(tx: Tx, ctx: Ctx, o: Overdue, level: EscalationLevel) {
  const what = `${o.customer_name}（${o.contract_number}）`;
  const whatEn = `${o.customer_name} (${o.contract_number})`;
  const money = moneyText(o.open_fen);
  const age = Number(o.age);
  switch (level) {
    case 'overdue':
      return tell(tx, ctx, [o.owner_id], 'receivable.overdue', o, {
        'zh-CN': `回款逾期：${what} 未收 ${money}，已逾期 ${age} 天，请尽快催收并向经理汇报`,
        en: `Overdue: ${whatEn}, ${money} open, ${age} days overdue — collect it and report to your manager`,
      });
    case 'manager':
      return tell(tx, ctx, [await nearestUp(tx, o.owner_id, 'sales_manager')], 'receivable.escalated', o, {
        'zh-CN': `逾期上报：${o.owner_name} 的 ${what} 未收 ${money}，已逾期 ${age} 天，请督促催收`,
        en: `Escalated: ${o.owner_name}'s ${whatEn}, ${money} open, ${age} days overdue — see that it is collected`,
      });
    case 'director':
      return tell(tx, ctx, await activeRoleHolders(tx, 'sales_director'), 'receivable.escalated', o, {
        'zh-CN': `逾期 ${age} 天上报总监：${o.owner_name} 的 ${what} 未收 ${money}`,
        en: `${age} days overdue, escalated to the director: ${o.owner_name}'s ${whatEn}, ${money} open`,
      });
    case 'legal': {
      await markLegalReview(tx, ctx, o.contract_id, age);
      const people = [
        ...(await activeRoleHolders(tx, 'sales_director')),
        ...(await activeRoleHolders(tx, 'finance')),
      ];
      return tell(tx, ctx, people, 'receivable.legalReview', o, {
        'zh-CN': `逾期 ${age} 天，转入法务审查：${what} 未收 ${money}（负责人 ${o.owner_name}）`,
        en: `${age} days overdue, now in legal review: ${whatEn}, ${money} open (owner ${o.owner_name})`,
      });
    }
  }
}

/**
 * AR-5/AR-8: the escalation ladder of overdue debts. Every instalment in force still open
 * (confirmed money only, AR-4) past its due date (company calendar) climbs the ladder of
 * `ar.escalationDays` (read for its unit): the rep is told it is overdue, then at the manager
 * days the nearest sales manager up the rep's chain, at the director days the sales director(s),
 * at the legal days the contract goes to legal review and the director and finance are told.
 * Each level is taken once per instalment (instalment_escalations' key): running again, or two
 * runs at once, tells nobody twice. One transaction per instalment.
 */
export async function escalateOverdue(ctx: Ctx): Promise<Record<EscalationLevel, number>> {
  const at = ctx.clock.now();
  const tz = await readPolicy(ctx.db, companyTimeZone, at);
  const today = localDate(at, tz);
  const rows = await queryRows<Overdue>(
    ctx.db,
    sql`select o.* from (
        select i.id, i.contract_id, k.number as contract_number, i.customer_id, c.name as customer_name,
          i.owner_id, u.display_name as owner_name, i.unit_id, to_char(i.due_date, 'YYYY-MM-DD') as due_date,
          (i.amount_fen - ${settledFenSql(sql`i.id`)})::text as open_fen,
          (${today}::date - i.due_date) as age,
          (select string_agg(e.level, ',') from instalment_escalations e where e.instalment_id = i.id) as reached
        from instalments i
        join contracts k on k.id = i.contract_id
        join customers c on c.id = i.customer_id
        join users u on u.id = i.owner_id
        where i.superseded_at is null and i.due_date < ${today}::date) o
      where o.open_fen::bigint > 0
      order by o.due_date, o.id`,
  );
  const ladders = new Map<string, { manager: number; director: number; legal: number }>();
  const counts: Record<EscalationLevel, number> = { overdue: 0, manager: 0, director: 0, legal: 0 };
  for (const o of rows) {
    let ladder = ladders.get(o.unit_id);
    if (!ladder) {
      ladder = await readPolicy(ctx.db, escalationDays, at, o.unit_id);
      ladders.set(o.unit_id, ladder);
    }
    const reached = new Set((o.reached ?? '').split(',').filter(Boolean));
    const due = levelsReached(Number(o.age), ladder).filter((l) => !reached.has(l));
    if (due.length === 0) continue;
    await inTx(ctx, async (tx) => {
      for (const level of due) {
        if (!(await takeLevel(tx, ctx, o, level))) continue;
        await act(tx, ctx, o, level);
        counts[level] += 1;
      }
    });
  }
  return counts;
}
