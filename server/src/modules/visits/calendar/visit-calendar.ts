import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import { holdersOfSql } from '../../../platform/access/holders.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import type { Actor } from '../../../platform/context.js';
import { addLocalDays, localDate, startOfLocalDay } from '../../../platform/deadlines/calendar.js';
import { dueItemLink } from '../../../platform/deadlines/links.js';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { dueItems } from '../../../platform/deadlines/tables.js';
import { appError } from '../../../platform/errors.js';
import { users } from '../../../platform/org/tables.js';
import { readPolicy } from '../../../platform/policies/read.js';
import type { TUserRef } from '../../../platform/schemas.js';
import { customers, FOLLOW_UP_SUBJECT, followUpNextSteps } from '../../customers/index.js';
import { visits } from '../tables.js';
import type { TCalendarVisit, TVisitCalendar, TVisitCalendarQuery } from './schemas.js';

/** The statuses of a visit that may still move to another day. */
export const movableStatuses = ['planned', 'prepared'] as const;

interface VisitRow {
  id: string;
  rep_id: string;
  rep_username: string;
  rep_name: string;
  customer_id: string;
  customer_name: string;
  purpose: string;
  status: TCalendarVisit['status'];
  day: string;
  planned_on: string;
  planned_minutes: number;
  plan_line_id: string | null;
  check_in_at: Date | string | null;
  check_out_at: Date | string | null;
  can_move: boolean;
}

interface DueRow {
  id: string;
  owner_id: string;
  owner_username: string;
  owner_name: string;
  kind: string;
  title: string;
  subject_type: string;
  subject_id: string;
  rule: unknown;
  due_at: Date | string;
}

const isoOf = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** The people who visit customers (hold visit:write), active, in the actor's visit:read scope. */
function repsInScope(actor: Actor): SQL {
  return sql`select u.id, u.username, u.display_name from ${users} u
    where u.status = 'active' and u.id in ${holdersOfSql('visit:write')}
      and ${scopeCondition(actor, 'visit:read', { owner: sql`u.id`, unit: sql`u.unit_id` })}
    order by u.display_name, u.username`;
}

/**
 * VIS-1/VIS-4/CUS-8 (拜访日历): a week or a month of one person's or the team's work — visits
 * planned and made (cancelled ones left out), follow-up next steps and open due items — in the
 * reader's scope: a rep their own, a supervisor their reps', a manager their unit tree's. A person
 * outside the reader's scope is 404. Days are the company's (time zone policy).
 */
export async function visitCalendar(
  db: DbOrTx,
  actor: Actor,
  q: TVisitCalendarQuery,
  now: Date,
): Promise<TVisitCalendar> {
  const tz = await readPolicy(db, companyTimeZone, now);
  const today = localDate(now, tz);
  const start = startOfLocalDay(q.from, tz);
  const end = startOfLocalDay(addLocalDays(q.to, 1), tz);
  const reps = await queryRows<{ id: string; username: string; display_name: string }>(
    db,
    repsInScope(actor),
  );
  if (q.repId) {
    const [inScope] = await queryRows<{ id: string }>(
      db,
      sql`select u.id from ${users} u where u.id = ${q.repId}::uuid
        and ${scopeCondition(actor, 'visit:read', { owner: sql`u.id`, unit: sql`u.unit_id` })}`,
    );
    if (!inScope) throw appError('NOT_FOUND');
  }
  const people = q.repId ? [q.repId] : reps.map((r) => r.id);
  const visitScope = scopeCondition(actor, 'visit:read', { owner: sql`v.rep_id`, unit: sql`v.unit_id` });
  const writeScope = scopeCondition(actor, 'visit:write', { owner: sql`v.rep_id`, unit: sql`v.unit_id` });
  const movable = sql.join(
    movableStatuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const startIso = start.toISOString();
  const endIso = end.toISOString();
  const [visitRows, dueRows, nextSteps] = [
    await queryRows<VisitRow>(
      db,
      sql`select * from (
          select v.id, v.rep_id, u.username as rep_username, u.display_name as rep_name,
            v.customer_id, c.name as customer_name, v.purpose, v.status,
            coalesce((v.check_in_at at time zone ${tz})::date, v.planned_on)::text as day,
            v.planned_on::text as planned_on, v.planned_minutes, v.plan_line_id, v.check_in_at, v.check_out_at,
            (v.status in (${movable}) and v.planned_on >= ${today}::date and ${writeScope}) as can_move
          from ${visits} v
          join ${users} u on u.id = v.rep_id
          join ${customers} c on c.id = v.customer_id
          where ${visitScope} and v.status <> 'cancelled'
            ${q.repId ? sql`and v.rep_id = ${q.repId}::uuid` : sql``}
            and (v.planned_on between ${q.from}::date and ${q.to}::date
              or (v.check_in_at >= ${startIso}::timestamptz and v.check_in_at < ${endIso}::timestamptz))
        ) x
        where x.day between ${q.from} and ${q.to}
        order by x.day, x.check_in_at nulls last, x.rep_name, x.customer_name, x.id`,
    ),
    people.length
      ? await queryRows<DueRow>(
          db,
          sql`select d.id, d.owner_id, u.username as owner_username, u.display_name as owner_name,
              d.kind, d.title, d.subject_type, d.subject_id, d.rule, d.due_at
            from ${dueItems} d
            join ${users} u on u.id = d.owner_id
            where d.status = 'open' and d.subject_type <> ${FOLLOW_UP_SUBJECT}
              and d.owner_id in (${sql.join(
                people.map((id) => sql`${id}::uuid`),
                sql`, `,
              )})
              and d.due_at >= ${startIso}::timestamptz and d.due_at < ${endIso}::timestamptz
              and ${scopeCondition(actor, 'deadline:read', { owner: sql`d.owner_id`, unit: sql`d.unit_id` })}
            order by d.due_at, d.id`,
        )
      : [],
    await followUpNextSteps(db, actor, { authorIds: people, from: start, to: end }),
  ];
  const userRef = (id: string, username: string, displayName: string): TUserRef => ({
    id,
    username,
    displayName,
  });
  const authors = new Map(reps.map((r) => [r.id, userRef(r.id, r.username, r.display_name)]));
  if (q.repId && !authors.has(q.repId)) {
    const [u] = await queryRows<{ id: string; username: string; display_name: string }>(
      db,
      sql`select id, username, display_name from ${users} where id = ${q.repId}::uuid`,
    );
    if (u) authors.set(u.id, userRef(u.id, u.username, u.display_name));
  }
  return {
    from: q.from,
    to: q.to,
    today,
    reps: reps.map((r) => userRef(r.id, r.username, r.display_name)),
    visits: visitRows.map((r) => ({
      id: r.id,
      rep: userRef(r.rep_id, r.rep_username, r.rep_name),
      customer: { id: r.customer_id, name: r.customer_name },
      purpose: r.purpose,
      status: r.status,
      day: r.day,
      plannedOn: r.planned_on,
      plannedMinutes: Number(r.planned_minutes),
      fromPlan: r.plan_line_id !== null,
      checkInAt: isoOf(r.check_in_at),
      checkOutAt: isoOf(r.check_out_at),
      canMove: Boolean(r.can_move),
    })),
    nextSteps: nextSteps.flatMap((s) => {
      const author = authors.get(s.authorId);
      return author
        ? [
            {
              id: s.followUpId,
              author,
              customer: { id: s.customerId, name: s.customerName },
              nextStep: s.nextStep,
              at: s.nextStepAt.toISOString(),
              day: localDate(s.nextStepAt, tz),
              done: s.done,
            },
          ]
        : [];
    }),
    dueItems: dueRows.map((d) => {
      const dueAt = new Date(d.due_at);
      return {
        id: d.id,
        owner: userRef(d.owner_id, d.owner_username, d.owner_name),
        kind: d.kind,
        title: d.title,
        dueAt: dueAt.toISOString(),
        day: localDate(dueAt, tz),
        isOverdue: dueAt.getTime() < now.getTime(),
        link: dueItemLink(d.subject_type, d.subject_id, d.rule, d.kind),
      };
    }),
  };
}
