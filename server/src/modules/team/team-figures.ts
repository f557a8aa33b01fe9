import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { customers } from '../customers/index.js';
import { openStages, opportunities } from '../opportunities/index.js';
import { instalments, payments } from '../receivables/index.js';
import type { TTeam, TTeamMember } from './schemas.js';

interface Row {
  id: string;
  username: string;
  display_name: string;
  position: string;
  unit_id: string;
  unit_name: string;
  superior_id: string | null;
  superior_name: string | null;
  customers: number;
  open_opportunities: number;
  open_opportunity_fen: string;
  overdue_fen: string;
  collected_fen: string;
}

/**
 * ORG-3/ORG-5: the people below the actor who sell (hold opportunity:write), in the actor's
 * team:read scope — a supervisor their reps, a manager their unit tree, the director everyone —
 * never the actor themselves, with today's figures. One statement: each figure is one grouped
 * aggregate over the team's ids, joined to the team (no statement per person).
 */
function teamSql(actor: Actor, today: string, monthFrom: string, only?: string): SQL {
  const inScope = scopeCondition(actor, 'team:read', { owner: sql`u.id`, unit: sql`u.unit_id` });
  const open = sql.join(
    openStages.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`with team as (
      select u.id, u.username, u.display_name, u.position, u.unit_id, u.superior_id
      from users u
      where u.status = 'active' and u.id <> ${actor.id} and ${inScope}
        and u.id in ${holdersOfSql('opportunity:write')}
        ${only ? sql`and u.id = ${only}` : sql``}
    ),
    owned as (
      select ${customers.ownerId} as owner_id, count(*)::int as n from ${customers}
      where ${customers.ownerId} in (select id from team) and ${customers.lifecycle} = 'customer'
      group by 1
    ),
    pipeline as (
      select ${opportunities.ownerId} as owner_id, count(*)::int as n,
        sum(${opportunities.amountFen})::text as fen
      from ${opportunities}
      where ${opportunities.ownerId} in (select id from team) and ${opportunities.stage} in (${open})
      group by 1
    ),
    overdue as (
      select ${instalments.ownerId} as owner_id,
        sum(${instalments.amountFen} - ${instalments.settledFen})::text as fen
      from ${instalments}
      where ${instalments.ownerId} in (select id from team) and ${instalments.supersededAt} is null
        and ${instalments.settledFen} < ${instalments.amountFen} and ${instalments.dueDate} < ${today}::date
      group by 1
    ),
    collected as (
      select ${payments.ownerId} as owner_id, sum(${payments.amountFen})::text as fen
      from ${payments}
      where ${payments.ownerId} in (select id from team) and ${payments.status} = 'confirmed'
        and ${payments.receivedOn} >= ${monthFrom}::date and ${payments.receivedOn} <= ${today}::date
      group by 1
    )
    select t.id, t.username, t.display_name, t.position, t.unit_id, un.name as unit_name,
      t.superior_id, s.display_name as superior_name,
      coalesce(o.n, 0) as customers, coalesce(p.n, 0) as open_opportunities,
      coalesce(p.fen, '0') as open_opportunity_fen, coalesce(d.fen, '0') as overdue_fen,
      coalesce(c.fen, '0') as collected_fen
    from team t
    join units un on un.id = t.unit_id
    left join users s on s.id = t.superior_id
    left join owned o on o.owner_id = t.id
    left join pipeline p on p.owner_id = t.id
    left join overdue d on d.owner_id = t.id
    left join collected c on c.owner_id = t.id
    order by un.name, t.username`;
}

function present(r: Row): TTeamMember {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    position: r.position,
    unit: { id: r.unit_id, name: r.unit_name },
    superior: r.superior_id ? { id: r.superior_id, displayName: r.superior_name ?? '' } : null,
    customers: Number(r.customers),
    openOpportunities: Number(r.open_opportunities),
    openOpportunityFen: r.open_opportunity_fen,
    overdueFen: r.overdue_fen,
    collectedThisMonthFen: r.collected_fen,
  };
}

/** The company's today and the first day of its month. */
async function companyDay(db: DbOrTx, at: Date): Promise<{ today: string; monthFrom: string }> {
  const today = localDate(at, await readPolicy(db, companyTimeZone, at));
  return { today, monthFrom: `${today.slice(0, 8)}01` };
}

/** ORG-3/ORG-5: the actor's team with today's figures (团队). */
export async function teamFigures(db: DbOrTx, actor: Actor, at: Date): Promise<TTeam> {
  const day = await companyDay(db, at);
  const rows = await queryRows<Row>(db, teamSql(actor, day.today, day.monthFrom));
  return { ...day, items: rows.map(present) };
}

/** One person of the actor's team; anyone outside it (another unit's rep, oneself) is 404. */
export async function teamMemberFigures(
  db: DbOrTx,
  actor: Actor,
  id: string,
  at: Date,
): Promise<TTeamMember> {
  const day = await companyDay(db, at);
  const [row] = await queryRows<Row>(db, teamSql(actor, day.today, day.monthFrom, id));
  if (!row) throw appError('NOT_FOUND');
  return present(row);
}
