import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { activeRoleHolders } from '../../platform/org/resolve-people.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { isUuid } from '../../platform/schemas.js';
import { caseLink, decisionApprovedEvent } from './events.js';
import { decisionRecipients, reviewApprovers } from './policies.js';
import { type CaseRow, caseReadScope, PERF_CASE_DOC, PERF_CASE_ENTITY } from './scope.js';
import { performanceCases } from './tables.js';
import { decisionWords } from './words.js';

async function caseFor(tx: DbOrTx, id: string): Promise<CaseRow> {
  const [row] = await tx.select().from(performanceCases).where(eq(performanceCases.id, id));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

async function setDecisionStatus(
  tx: Tx,
  ctx: Ctx,
  row: CaseRow,
  change: { decisionStatus: NonNullable<CaseRow['decisionStatus']>; action: string },
): Promise<CaseRow> {
  const at = ctx.clock.now();
  const approved = change.decisionStatus === 'approved';
  const [after] = await tx
    .update(performanceCases)
    .set({
      decisionStatus: change.decisionStatus,
      updatedAt: at,
      ...(approved ? { decisionApprovedAt: at, status: 'outcome' as const } : {}),
    })
    .where(eq(performanceCases.id, row.id))
    .returning();
  await audit(tx, ctx, {
    entity: PERF_CASE_ENTITY,
    entityId: row.id,
    action: change.action,
    before: { status: row.status, decisionStatus: row.decisionStatus },
    after: { status: after!.status, decisionStatus: after!.decisionStatus, decision: after!.decision },
  });
  return after!;
}

/** INC-8: approved — the case moves to its outcome; HR (cases.decisionRecipients) and the person are told. */
async function approve(tx: Tx, ctx: Ctx, req: ApprovalHookInput): Promise<void> {
  const row = await setDecisionStatus(tx, ctx, await caseFor(tx, req.docId), {
    decisionStatus: 'approved',
    action: 'perfCase.approveDecision',
  });
  const [person] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.personId));
  const roles = await readPolicy(tx, decisionRecipients, ctx.clock.now(), row.unitId);
  const told = new Set<string>([row.personId]);
  for (const role of roles) for (const id of await activeRoleHolders(tx, role)) told.add(id);
  const words = decisionWords(row.decision!);
  const months = (row.snapshot as { months: { period: string }[] }).months.map((m) => m.period);
  for (const userId of told) {
    await notify(tx, ctx, {
      userId,
      event: decisionApprovedEvent.key,
      title: {
        'zh-CN': `绩效考核决定已批准：${person!.name}，${words['zh-CN']}（${months.join('、')} 连续未达标）`,
        en: `Performance review decision approved: ${person!.name}, ${words.en} (below target in ${months.join(', ')})`,
      },
      body: { 'zh-CN': row.decisionReasons ?? '', en: row.decisionReasons ?? '' },
      subjectType: PERF_CASE_ENTITY,
      subjectId: row.id,
      link: caseLink(row.id),
    });
  }
}

const decisionSql = (lang: 'zh' | 'en') =>
  lang === 'zh'
    ? sql`case c.decision when 'warning' then '警告' when 'position_change' then '调岗' else '不处理' end`
    : sql`case c.decision when 'warning' then 'a warning' when 'position_change' then 'a change of position' else 'no action' end`;

const completion = sql`coalesce(c.snapshot -> 'months' -> -1 ->> 'completionPct', '—')`;
const monthsText = (sep: string) =>
  sql`(select string_agg(m ->> 'period', ${sep}) from jsonb_array_elements(c.snapshot -> 'months') m)`;

/**
 * INC-8/ORG-3: a performance review's decision is approved by the chain of cases.reviewApprovers,
 * up the person's chain. 待办 shows whose case, which months below target, the last month's
 * completion and the decision proposed.
 */
export const performanceCaseFlow = defineApprovalFlow({
  docType: PERF_CASE_DOC,
  label: { 'zh-CN': '绩效考核决定', en: 'Performance review decision' },
  chain: reviewApprovers,
  todoFacts: {
    subject: (docId: SQL) =>
      sql`select u.display_name from performance_cases c join users u on u.id = c.person_id where c.id::text = ${docId}`,
    detail: (docId: SQL) => ({
      'zh-CN': sql`select ${monthsText('、')} || ' 连续 ' || c.consecutive_months || ' 个月未达标 · 本月完成率 '
          || ${completion} || '% · 建议：' || ${decisionSql('zh')}
        from performance_cases c where c.id::text = ${docId}`,
      en: sql`select 'Below target ' || c.consecutive_months || ' months in a row (' || ${monthsText(', ')}
          || ') · completion ' || ${completion} || '% · proposed: ' || ${decisionSql('en')}
        from performance_cases c where c.id::text = ${docId}`,
    }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ c: performanceCases, name: users.displayName })
      .from(performanceCases)
      .innerJoin(users, eq(users.id, performanceCases.personId))
      .where(eq(performanceCases.id, docId));
    if (!row) return null;
    return {
      title: `${row.c.month} · ${row.name}`,
      amountFen: null,
      unitId: row.c.unitId,
      ownerId: row.c.decisionBy ?? row.c.superiorId ?? row.c.personId,
      chainOf: row.c.personId,
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: performanceCases.id })
      .from(performanceCases)
      .where(and(eq(performanceCases.id, docId), caseReadScope(actor)));
    return rows.length > 0;
  },
  link: (docId) => caseLink(docId),
  async onSubmitted(tx, ctx, req) {
    await setDecisionStatus(tx, ctx, await caseFor(tx, req.docId), {
      decisionStatus: 'pending',
      action: 'perfCase.submitDecision',
    });
  },
  onApproved: approve,
  onRejected: async (tx, ctx, req) => {
    await setDecisionStatus(tx, ctx, await caseFor(tx, req.docId), {
      decisionStatus: 'rejected',
      action: 'perfCase.rejectDecision',
    });
  },
  onWithdrawn: async (tx, ctx, req) => {
    await setDecisionStatus(tx, ctx, await caseFor(tx, req.docId), {
      decisionStatus: 'withdrawn',
      action: 'perfCase.withdrawDecision',
    });
  },
});
