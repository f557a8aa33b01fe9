import { and, asc, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { satisfiedScore } from './policies.js';
import type { TSurvey, TSurveyExportQuery, TSurveyQuery, TSurveyRow } from './schemas.js';
import { surveyScope } from './scope.js';
import { satisfactionSurveys as s } from './tables.js';

/** A survey's state at `at`: answered, past its date, or waiting for the customer. */
export const statusAt = (at: Date): SQL<'sent' | 'answered' | 'expired'> =>
  sql`(case when ${s.answeredAt} is not null then 'answered'
            when ${s.expiresAt} <= ${at.toISOString()}::timestamptz then 'expired' else 'sent' end)`;

function selectSurveys(db: DbOrTx, at: Date) {
  return db
    .select({
      s,
      customerName: customers.name,
      repUsername: users.username,
      repName: users.displayName,
      unitName: units.name,
      status: statusAt(at),
    })
    .from(s)
    .innerJoin(customers, eq(customers.id, s.customerId))
    .innerJoin(users, eq(users.id, s.repId))
    .innerJoin(units, eq(units.id, s.unitId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectSurveys>['where']>>[number];

/** The mean of the answered questions, one decimal (null before an answer). */
export const scoreOf = (sum: number | null, count: number | null): number | null =>
  sum !== null && count ? Math.round((sum * 10) / count) / 10 : null;

const toRow = (r: Row, threshold: number): TSurveyRow => ({
  id: r.s.id,
  customer: { id: r.s.customerId, name: r.customerName },
  rep: { id: r.s.repId, username: r.repUsername, displayName: r.repName },
  unit: { id: r.s.unitId, name: r.unitName },
  source: r.s.source,
  status: r.status,
  sentAt: iso(r.s.sentAt),
  expiresAt: iso(r.s.expiresAt),
  answeredAt: isoOrNull(r.s.answeredAt),
  score: scoreOf(r.s.scoreSum, r.s.scoreCount),
  // Exactly as the indicator counts: sum ≥ threshold × count.
  satisfied:
    r.s.scoreSum !== null && r.s.scoreCount
      ? r.s.scoreSum * 10 >= Math.round(threshold * 10) * r.s.scoreCount
      : null,
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtersOf(q: Omit<TSurveyQuery, 'page' | 'pageSize'>, tz: string, at: Date) {
  return [
    q.status ? sql`${statusAt(at)} = ${q.status}` : undefined,
    q.source ? eq(s.source, q.source) : undefined,
    q.repId ? eq(s.repId, q.repId) : undefined,
    q.customerId ? eq(s.customerId, q.customerId) : undefined,
    q.q ? ilike(customers.name, `%${escapeLike(q.q)}%`) : undefined,
    q.from ? gte(s.sentAt, sql`(${q.from}::date)::timestamp at time zone ${tz}`) : undefined,
    q.to ? lt(s.sentAt, sql`(${addLocalDays(q.to, 1)}::date)::timestamp at time zone ${tz}`) : undefined,
  ];
}

const sortKeys = { sentAt: s.sentAt, answeredAt: { nullsLast: s.answeredAt } };

/** SVC-2/ORG-5: the surveys in survey:read's scope (the rated rep and their unit), paged and filtered in SQL. */
export async function listSurveys(ctx: Ctx, q: TSurveyQuery) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(ctx.db, at);
  const threshold = await readPolicy(ctx.db, satisfiedScore, at);
  return listPage({
    db: ctx.db,
    rows: selectSurveys(ctx.db, at).$dynamic(),
    count: ctx.db.select().from(s).innerJoin(customers, eq(customers.id, s.customerId)).$dynamic(),
    scope: surveyScope(actor),
    filters: filtersOf(q, tz, at),
    sort: { keys: sortKeys, default: 'sentAt', order: 'desc', tieBreaker: s.id },
    query: q,
    toItems: async (rows) => rows.map((r) => toRow(r, threshold)),
  });
}

/** The rows of an export, with each survey's scores: the list's scope and filters, without paging. */
export async function surveyRowsFor(ctx: Ctx, q: TSurveyExportQuery, limit: number) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(ctx.db, at);
  const threshold = await readPolicy(ctx.db, satisfiedScore, at);
  const rows = await selectSurveys(ctx.db, at)
    .where(and(surveyScope(actor), ...filtersOf(q, tz, at)))
    .orderBy(q.order === 'asc' ? asc(s.sentAt) : desc(s.sentAt), s.id)
    .limit(limit);
  return rows.map((r) => ({ ...toRow(r, threshold), answers: r.s.answers, comment: r.s.comment }));
}

/** SVC-2: one survey in the reader's scope (else 404), with its questions and scores. */
export async function getSurvey(db: DbOrTx, actor: Actor, id: string, at: Date): Promise<TSurvey> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectSurveys(db, at).where(and(eq(s.id, id), surveyScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  const threshold = await readPolicy(db, satisfiedScore, at);
  const scores = new Map((row.s.answers ?? []).map((a) => [a.key, a.score]));
  const [canSend] = actor.permissions['survey:send']
    ? await db
        .select({ id: s.id })
        .from(s)
        .where(and(eq(s.id, id), surveyScope(actor, 'survey:send')))
    : [];
  return {
    ...toRow(row, threshold),
    mailedTo: row.s.mailedTo,
    comment: row.s.comment,
    questions: row.s.questions.map((q) => ({
      key: q.key,
      text: { 'zh-CN': q['zh-CN'], en: q.en },
      score: scores.get(q.key) ?? null,
    })),
    can: { resend: Boolean(canSend) && row.s.answeredAt === null },
  };
}
