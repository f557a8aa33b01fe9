import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { latestRequestOf } from '../../platform/approvals/queries.js';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { customers } from '../customers/index.js';
import { visits } from '../visits/index.js';
import { preApprovers } from './policies.js';
import type { TPreApproval, TPreApprovalCreate, TPreApprovalQuery } from './schemas.js';
import {
  PRE_APPROVAL_DOC,
  PRE_APPROVAL_ENTITY,
  type PreApprovalRow,
  preApprovalLink,
  preApprovalReadable,
  preApprovalWaitingFor,
} from './scope.js';
import { expensePreApprovals } from './tables.js';
import { kindWords } from './words.js';

const fieldError = (field: string, zh: string, en: string) =>
  appError('VALIDATION_FAILED', { [field]: { 'zh-CN': zh, en } });

function setStatus(status: PreApprovalRow['status'], action: string) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    const [before] = await tx
      .select()
      .from(expensePreApprovals)
      .where(eq(expensePreApprovals.id, req.docId))
      .for('update');
    if (!before) throw appError('NOT_FOUND');
    const at = ctx.clock.now();
    await tx
      .update(expensePreApprovals)
      .set({ status, updatedAt: at, decidedAt: status === 'pending' ? null : at })
      .where(eq(expensePreApprovals.id, req.docId));
    await audit(tx, ctx, {
      entity: PRE_APPROVAL_ENTITY,
      entityId: req.docId,
      action,
      before: { status: before.status },
      after: { status },
    });
  };
}

const kindSql = (lang: 'zh-CN' | 'en') =>
  sql.raw(
    `case p.kind ${Object.entries(kindWords)
      .map(([k, w]) => `when '${k}' then '${w[lang]}'`)
      .join(' ')} end`,
  );

/**
 * EXP-2/VIS-4: an expense pre-approval goes up expenses.preApprovers (by default the direct
 * superior, and the sales manager above the amount threshold); 待办 shows the maker, the kind,
 * the amount and the purpose.
 */
export const preApprovalFlow = defineApprovalFlow({
  docType: PRE_APPROVAL_DOC,
  label: { 'zh-CN': '费用事前申请', en: 'Expense pre-approval' },
  chain: preApprovers,
  todoFacts: {
    subject: (docId: SQL) =>
      sql`select u.display_name from expense_pre_approvals p join users u on u.id = p.user_id where p.id::text = ${docId}`,
    detail: (docId: SQL) => ({
      'zh-CN': sql`select ${kindSql('zh-CN')} || ' · ' || left(p.purpose, 60) from expense_pre_approvals p where p.id::text = ${docId}`,
      en: sql`select ${kindSql('en')} || ' · ' || left(p.purpose, 60) from expense_pre_approvals p where p.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db.select().from(expensePreApprovals).where(eq(expensePreApprovals.id, docId));
    if (!row) return null;
    return {
      title: `${row.number} ${kindWords[row.kind]['zh-CN']}`,
      amountFen: row.estimatedFen,
      unitId: row.unitId,
      ownerId: row.userId,
      flags: row.kind === 'gift' || row.kind === 'entertainment' ? [row.kind] : [],
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: expensePreApprovals.id })
      .from(expensePreApprovals)
      .where(and(eq(expensePreApprovals.id, docId), preApprovalReadable(actor)));
    return rows.length > 0;
  },
  link: preApprovalLink,
  onSubmitted: setStatus('pending', 'expense_pre_approval.submit'),
  onApproved: setStatus('approved', 'expense_pre_approval.approve'),
  onRejected: setStatus('rejected', 'expense_pre_approval.reject'),
  onWithdrawn: setStatus('withdrawn', 'expense_pre_approval.withdraw'),
});

function selectPreApprovals(db: DbOrTx, actor: Actor) {
  return db
    .select({
      p: expensePreApprovals,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
      customerName: customers.name,
      toReview: sql<boolean>`(${preApprovalWaitingFor(actor.id)})`,
    })
    .from(expensePreApprovals)
    .innerJoin(users, eq(users.id, expensePreApprovals.userId))
    .innerJoin(units, eq(units.id, expensePreApprovals.unitId))
    .leftJoin(customers, eq(customers.id, expensePreApprovals.customerId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectPreApprovals>['where']>>[number];

function toPreApproval(r: Row, requestId: string | null): TPreApproval {
  const p = r.p;
  return {
    id: p.id,
    number: p.number,
    kind: p.kind,
    status: p.status,
    user: { id: p.userId, username: r.username, displayName: r.displayName },
    unit: { id: p.unitId, name: r.unitName },
    visitId: p.visitId,
    customer: p.customerId && r.customerName ? { id: p.customerId, name: r.customerName } : null,
    estimatedFen: p.estimatedFen.toString(),
    purpose: p.purpose,
    createdAt: iso(p.createdAt),
    decidedAt: isoOrNull(p.decidedAt),
    requestId,
    toReview: r.toReview === true,
  };
}

/** EXP-2: one pre-approval the actor may read (else 404). */
export async function getPreApproval(db: DbOrTx, actor: Actor, id: string): Promise<TPreApproval> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectPreApprovals(db, actor).where(
    and(eq(expensePreApprovals.id, id), preApprovalReadable(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  const request = await latestRequestOf(db, PRE_APPROVAL_DOC, id);
  return toPreApproval(row, request?.status === 'pending' && row.toReview ? request.id : null);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** EXP-2/ORG-5: mine, waiting for my decision, or all in scope — paged, filtered and sorted in SQL. */
export function listPreApprovals(ctx: Ctx, q: TPreApprovalQuery) {
  const actor = requireActor(ctx);
  const scope =
    q.view === 'mine'
      ? eq(expensePreApprovals.userId, actor.id)
      : q.view === 'review'
        ? preApprovalWaitingFor(actor.id)
        : preApprovalReadable(actor);
  return listPage({
    db: ctx.db,
    rows: selectPreApprovals(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(expensePreApprovals).$dynamic(),
    scope,
    filters: [
      q.status ? eq(expensePreApprovals.status, q.status) : undefined,
      q.kind ? eq(expensePreApprovals.kind, q.kind) : undefined,
      q.q
        ? or(
            ilike(expensePreApprovals.number, `%${escapeLike(q.q)}%`),
            ilike(expensePreApprovals.purpose, `%${escapeLike(q.q)}%`),
          )
        : undefined,
    ],
    sort: {
      keys: {
        createdAt: expensePreApprovals.createdAt,
        number: expensePreApprovals.number,
        estimatedFen: expensePreApprovals.estimatedFen,
      },
      default: 'createdAt',
      order: 'desc',
      tieBreaker: expensePreApprovals.id,
    },
    query: q,
    toItems: async (rows) => rows.map((r) => toPreApproval(r, null)),
  });
}

/**
 * EXP-2/VIS-4: anyone applies before the cost — numbered SQ-<year>-<n>, audited and submitted
 * at once up the chain policy. A linked visit must be the maker's own; a linked customer must exist.
 */
export async function createPreApproval(ctx: Ctx, input: TPreApprovalCreate): Promise<TPreApproval> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    let customerId = input.customerId ?? null;
    if (input.visitId) {
      const [v] = await tx
        .select({ repId: visits.repId, customerId: visits.customerId })
        .from(visits)
        .where(eq(visits.id, input.visitId));
      if (!v || v.repId !== actor.id)
        throw fieldError('visitId', '没有您本人的这次拜访', 'No such visit of your own');
      customerId = customerId ?? v.customerId;
    }
    if (customerId) {
      const [c] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId));
      if (!c) throw fieldError('customerId', '没有这个客户', 'No such customer');
    }
    const at = ctx.clock.now();
    const year = localDate(at, await readCompanyTimeZone(tx, at)).slice(0, 4);
    const n = await nextInSequence(tx, 'expense_pre_approval', year);
    const [row] = await tx
      .insert(expensePreApprovals)
      .values({
        number: `SQ-${year}-${String(n).padStart(4, '0')}`,
        userId: actor.id,
        unitId: actor.unitId,
        kind: input.kind,
        visitId: input.visitId ?? null,
        customerId,
        estimatedFen: BigInt(input.estimatedFen),
        purpose: input.purpose,
        status: 'pending',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: PRE_APPROVAL_ENTITY,
      entityId: row!.id,
      action: 'expense_pre_approval.create',
      after: row,
    });
    await submitForApproval(tx, ctx, { docType: PRE_APPROVAL_DOC, docId: row!.id });
    return row!.id;
  });
  return getPreApproval(ctx.db, actor, id);
}
