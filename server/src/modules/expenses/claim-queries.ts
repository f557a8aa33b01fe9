import { and, asc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { files } from '../../platform/files/tables.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TClaim, TClaimQuery, TClaimRow } from './schemas.js';
import { CLAIM_DOC, claimReadable, claimWaitingFor } from './scope.js';
import { expenseClaimLines, expenseClaims } from './tables.js';

const flaggedSql = sql<boolean>`exists (select 1 from expense_claim_lines l where l.claim_id = ${expenseClaims.id}
  and jsonb_array_length(l.flags) > 0 and l.rejected_at is null)`;

function selectClaims(db: DbOrTx, actor: Actor) {
  return db
    .select({
      c: expenseClaims,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
      lineCount: sql<number>`(select count(*)::int from expense_claim_lines l where l.claim_id = ${expenseClaims.id})`,
      flagged: flaggedSql,
      toReview: sql<boolean>`(${claimWaitingFor(actor.id)})`,
    })
    .from(expenseClaims)
    .innerJoin(users, eq(users.id, expenseClaims.userId))
    .innerJoin(units, eq(units.id, expenseClaims.unitId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectClaims>['where']>>[number];

const toRow = (r: Row): TClaimRow => ({
  id: r.c.id,
  number: r.c.number,
  status: r.c.status,
  user: { id: r.c.userId, username: r.username, displayName: r.displayName },
  unit: { id: r.c.unitId, name: r.unitName },
  totalFen: r.c.totalFen.toString(),
  lineCount: Number(r.lineCount),
  flagged: r.flagged === true,
  overPreApproved: r.c.overPreApproved,
  submittedAt: isoOrNull(r.c.submittedAt),
  approvedAt: isoOrNull(r.c.approvedAt),
  paidOn: r.c.paidOn,
  createdAt: iso(r.c.createdAt),
  toReview: r.toReview === true,
});

function viewScope(actor: Actor, view: TClaimQuery['view']): SQL {
  if (view === 'mine') return eq(expenseClaims.userId, actor.id);
  if (view === 'review') return claimWaitingFor(actor.id);
  if (view === 'toPay')
    return and(
      eq(expenseClaims.status, 'approved'),
      actor.permissions['expense:finance'] ? sql`true` : sql`false`,
    )!;
  return claimReadable(actor);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const filtersOf = (q: Omit<TClaimQuery, 'page' | 'pageSize'>, tz: string) => [
  q.status ? eq(expenseClaims.status, q.status) : undefined,
  q.q
    ? or(
        ilike(expenseClaims.number, `%${escapeLike(q.q)}%`),
        sql`exists (select 1 from expense_claim_lines l where l.claim_id = ${expenseClaims.id}
          and (l.merchant ilike ${`%${escapeLike(q.q)}%`} or l.invoice_no ilike ${`%${escapeLike(q.q)}%`}))`,
      )
    : undefined,
  q.from ? gte(expenseClaims.createdAt, sql`(${q.from}::date)::timestamp at time zone ${tz}`) : undefined,
  q.to
    ? lt(expenseClaims.createdAt, sql`(${addLocalDays(q.to, 1)}::date)::timestamp at time zone ${tz}`)
    : undefined,
];

/** EXP-3/ORG-5: mine, waiting for my decision, to pay (finance), or all in scope — paged and filtered in SQL. */
export async function listClaims(ctx: Ctx, q: TClaimQuery) {
  const actor = requireActor(ctx);
  const tz = await readCompanyTimeZone(ctx.db, ctx.clock.now());
  return listPage({
    db: ctx.db,
    rows: selectClaims(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(expenseClaims).$dynamic(),
    scope: and(viewScope(actor, q.view), claimReadable(actor))!,
    filters: filtersOf(q, tz),
    sort: {
      keys: {
        createdAt: expenseClaims.createdAt,
        number: expenseClaims.number,
        totalFen: expenseClaims.totalFen,
        status: expenseClaims.status,
      },
      default: 'createdAt',
      order: 'desc',
      tieBreaker: expenseClaims.id,
    },
    query: q,
    toItems: async (rows) => rows.map(toRow),
  });
}

/** The approval round in progress and whether its current step is the last one (finance). */
export async function currentStage(
  db: DbOrTx,
  claimId: string,
): Promise<{ requestId: string; stage: 'review' | 'finance'; approverId: string } | null> {
  const [r] = await queryRows<{ id: string; last: boolean; approver_id: string }>(
    db,
    sql`select r.id::text, (r.current_seq = (select max(s2.seq) from approval_steps s2 where s2.request_id = r.id)) as last,
          s.approver_id::text
        from approval_requests r join approval_steps s on s.request_id = r.id and s.seq = r.current_seq
        where r.doc_type = ${CLAIM_DOC} and r.doc_id = ${claimId} and r.status = 'pending'
        order by r.round desc limit 1`,
  );
  if (!r) return null;
  return { requestId: r.id, stage: r.last ? 'finance' : 'review', approverId: r.approver_id };
}

/** EXP-3: one claim the actor may read (else 404), with its lines, their receipts and flags. */
export async function getClaim(db: DbOrTx, actor: Actor, id: string): Promise<TClaim> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectClaims(db, actor).where(and(eq(expenseClaims.id, id), claimReadable(actor)));
  if (!row) throw appError('NOT_FOUND');
  const lines = await db
    .select({ l: expenseClaimLines, fileName: files.fileName, mimeType: files.mimeType })
    .from(expenseClaimLines)
    .leftJoin(files, eq(files.id, expenseClaimLines.receiptFileId))
    .where(eq(expenseClaimLines.claimId, id))
    .orderBy(asc(expenseClaimLines.seq));
  const stage = await currentStage(db, id);
  const mine = stage?.approverId === actor.id;
  const base = toRow(row);
  return {
    ...base,
    note: row.c.note,
    requestId: mine ? stage!.requestId : null,
    stage: stage?.stage ?? null,
    lines: lines.map(({ l, fileName, mimeType }) => ({
      id: l.id,
      seq: l.seq,
      spentOn: l.spentOn,
      category: l.category,
      amountFen: l.amountFen.toString(),
      invoiceNo: l.invoiceNo,
      merchant: l.merchant,
      preApprovalId: l.preApprovalId,
      visitId: l.visitId,
      receipt:
        l.receiptFileId && fileName ? { id: l.receiptFileId, fileName, mimeType: mimeType ?? '' } : null,
      flags: l.flags.map((f) => ({
        kind: f.kind,
        lineId: f.lineId ?? null,
        claimId: f.claimId ?? null,
        claimNumber: f.claimNumber ?? null,
      })),
      flagReason: l.flagReason,
      rejectedReason: l.rejectedReason,
    })),
    can: {
      submit: row.c.userId === actor.id && ['draft', 'rejected', 'withdrawn'].includes(row.c.status),
      review: mine && stage?.stage === 'review' && actor.permissions['expense:review'] !== undefined,
      finance: mine && stage?.stage === 'finance' && actor.permissions['expense:finance'] !== undefined,
      pay: row.c.status === 'approved' && actor.permissions['expense:finance'] !== undefined,
    },
  };
}

/** EXP-3: the claims approved or paid in a month (company calendar), with their lines, for finance's export. */
export async function claimLinesOfMonth(db: DbOrTx, month: string, at: Date, scope: SQL) {
  const tz = await readCompanyTimeZone(db, at);
  const from = `${month}-01`;
  const next = new Date(`${from}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const to = next.toISOString().slice(0, 10);
  return db
    .select({
      c: expenseClaims,
      l: expenseClaimLines,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
    })
    .from(expenseClaimLines)
    .innerJoin(expenseClaims, eq(expenseClaims.id, expenseClaimLines.claimId))
    .innerJoin(users, eq(users.id, expenseClaims.userId))
    .innerJoin(units, eq(units.id, expenseClaims.unitId))
    .where(
      and(
        scope,
        inArray(expenseClaims.status, ['approved', 'paid']),
        or(
          and(
            gte(expenseClaims.approvedAt, sql`(${from}::date)::timestamp at time zone ${tz}`),
            lt(expenseClaims.approvedAt, sql`(${to}::date)::timestamp at time zone ${tz}`),
          ),
          and(gte(expenseClaims.paidOn, from), lt(expenseClaims.paidOn, to)),
        ),
      ),
    )
    .orderBy(asc(expenseClaims.number), asc(expenseClaimLines.seq))
    .limit(20_000);
}
