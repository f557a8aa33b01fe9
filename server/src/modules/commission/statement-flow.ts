import { eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { statementApprovers } from './policies.js';
import { type StatementRow, statementReadScope } from './scope.js';
import { commissionStatements } from './tables.js';

export const COMMISSION_STATEMENT_DOC = 'commission_statement';

async function rowOf(tx: Tx, id: string): Promise<StatementRow> {
  const [s] = await tx.select().from(commissionStatements).where(eq(commissionStatements.id, id));
  if (!s) throw appError('NOT_FOUND');
  return s;
}

async function setStatus(
  tx: Tx,
  ctx: Ctx,
  req: ApprovalHookInput,
  status: StatementRow['status'],
  action: string,
) {
  const s = await rowOf(tx, req.docId);
  const at = ctx.clock.now();
  await tx
    .update(commissionStatements)
    .set({
      status,
      updatedAt: at,
      ...(status === 'submitted' ? { submittedAt: at } : {}),
      ...(status === 'approved' ? { approvedAt: at } : {}),
    })
    .where(eq(commissionStatements.id, s.id));
  await audit(tx, ctx, {
    entity: 'commission_statement',
    entityId: s.id,
    action,
    before: { status: s.status },
    after: { status, commissionFen: s.commissionFen },
  });
}

const amountText = (docId: SQL) =>
  sql`(select '¥' || to_char(s.commission_fen::numeric / 100, 'FM999,999,999,990.00') from commission_statements s where s.id::text = ${docId})`;

/**
 * INC-1/ORG-3: the person submits their statement; the chain of commission.statementApprovers
 * reviews and approves it — the supervisor reviews, the nearest sales manager approves. 待办 shows
 * whose statement, the month and the amount.
 */
export const commissionStatementFlow = defineApprovalFlow({
  docType: COMMISSION_STATEMENT_DOC,
  label: { 'zh-CN': '提成结算单', en: 'Commission statement' },
  chain: statementApprovers,
  todoFacts: {
    subject: (docId) =>
      sql`select u.display_name from commission_statements s join users u on u.id = s.user_id where s.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select s.period || ' 提成 ' || ${amountText(docId)} from commission_statements s where s.id::text = ${docId}`,
      en: sql`select 'Commission ' || s.period || ' ' || ${amountText(docId)} from commission_statements s where s.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ s: commissionStatements, name: users.displayName })
      .from(commissionStatements)
      .innerJoin(users, eq(users.id, commissionStatements.userId))
      .where(eq(commissionStatements.id, docId));
    if (!row) return null;
    return {
      title: `${row.s.period} · ${row.name}`,
      amountFen: row.s.commissionFen,
      unitId: row.s.unitId,
      ownerId: row.s.userId,
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: commissionStatements.id })
      .from(commissionStatements)
      .where(sql`${commissionStatements.id} = ${docId} and ${statementReadScope(actor)}`);
    return rows.length > 0;
  },
  link: (docId) => `/commission/statements/${docId}`,
  async onSubmitted(tx, ctx, req) {
    const s = await rowOf(tx, req.docId);
    if (s.status === 'closed') throw appError('COMMISSION_STATEMENT_CLOSED');
    if (s.status !== 'draft' && s.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
    await setStatus(tx, ctx, req, 'submitted', 'commissionStatement.submit');
  },
  onApproved: (tx, ctx, req) => setStatus(tx, ctx, req, 'approved', 'commissionStatement.approve'),
  onRejected: (tx, ctx, req) => setStatus(tx, ctx, req, 'rejected', 'commissionStatement.reject'),
  onWithdrawn: (tx, ctx, req) => setStatus(tx, ctx, req, 'draft', 'commissionStatement.withdraw'),
});
