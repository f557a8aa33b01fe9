import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { addLocalDays, type LocalDate, startOfLocalDay } from '../../platform/deadlines/calendar.js';
import { units } from '../../platform/org/tables.js';
import { ordersMadeBetween } from '../orders/index.js';
import { workLogs } from '../worklogs/index.js';
import type { SummaryContent, SummaryLog } from './tables.js';

/** OPS-3: the units the assistant's summary covers — those in their `day_summary:send` scope. */
export async function summaryUnitIds(db: DbOrTx, assistant: Actor): Promise<string[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(scopeCondition(assistant, 'day_summary:send', { owner: sql`null::uuid`, unit: units.id }));
  return rows.map((r) => r.id);
}

/**
 * OPS-3: what the summary of a day holds for the assistant's units: the orders made that day,
 * and for each person who writes work logs there (worklog:write), their submitted log of the day
 * (what was done, customers' opinions, problems, tomorrow's plan) or a line saying it is missing.
 */
export async function buildContent(
  db: DbOrTx,
  assistant: Actor,
  day: LocalDate,
  tz: string,
): Promise<SummaryContent> {
  const unitIds = await summaryUnitIds(db, assistant);
  if (unitIds.length === 0) return { orders: [], logs: [] };
  const inUnits = sql.join(
    unitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const orders = await ordersMadeBetween(
    db,
    unitIds,
    startOfLocalDay(day, tz),
    startOfLocalDay(addLocalDays(day, 1), tz),
  );
  const logs = await queryRows<{
    user_id: string;
    name: string;
    unit: string;
    status: string | null;
    done: string | null;
    customer_opinions: string | null;
    problems: string | null;
    tomorrow_plan: string | null;
  }>(
    db,
    sql`select p.id as user_id, p.display_name as name, un.name as unit, l.status, l.done,
        l.customer_opinions, l.problems, l.tomorrow_plan
      from users p
      join units un on un.id = p.unit_id
      left join ${workLogs} l on l.user_id = p.id and l.day = ${day}
      where p.status = 'active' and p.id <> ${assistant.id}
        and (p.unit_id in (${inUnits}) and p.id in ${holdersOfSql('worklog:write')}
          or l.unit_id in (${inUnits}))
      order by un.name, p.username`,
  );
  return {
    orders,
    logs: logs.map((l): SummaryLog => {
      const submitted = l.status === 'submitted';
      return {
        userId: l.user_id,
        name: l.name,
        unit: l.unit,
        missing: !submitted,
        done: submitted ? (l.done ?? '') : '',
        customerOpinions: submitted ? (l.customer_opinions ?? '') : '',
        problems: submitted ? (l.problems ?? '') : '',
        tomorrowPlan: submitted ? (l.tomorrow_plan ?? '') : '',
      };
    }),
  };
}
