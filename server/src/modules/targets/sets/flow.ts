import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../../platform/approvals/flows.js';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { units } from '../../../platform/org/tables.js';
import { isUuid } from '../../../platform/schemas.js';
import { targetApprovers } from '../policies.js';
import { moneyMetrics, targetSets } from '../tables.js';
import { assertSubmittable, gapNow } from './gap-check.js';
import { type SetRow, TARGET_SET_DOC, unitScope } from './scope.js';
import { figureSql, metricWordsSql } from './words.js';

async function setFor(tx: DbOrTx, id: string): Promise<SetRow> {
  const [set] = await tx.select().from(targetSets).where(eq(targetSets.id, id));
  if (!set) throw appError('NOT_FOUND');
  return set;
}

/** The set's status moves with its review; the move is audited with the action named. */
async function setStatus(
  tx: Tx,
  ctx: Ctx,
  set: SetRow,
  change: { status: SetRow['status']; action: string },
): Promise<SetRow> {
  const at = ctx.clock.now();
  const [after] = await tx
    .update(targetSets)
    .set({
      status: change.status,
      updatedAt: at,
      ...(change.status === 'submitted' ? { submittedAt: at } : {}),
      ...(change.status === 'approved' ? { approvedAt: at } : {}),
    })
    .where(eq(targetSets.id, set.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'target_set',
    entityId: set.id,
    action: change.action,
    before: { status: set.status },
    after: { status: change.status, gapReason: set.gapReason },
  });
  return after!;
}

/**
 * The unit's own year target in force, as SQL over a set row `s` (for 待办, where each fact is
 * one scalar subquery): the approved split of the parent unit, or for the company the approved
 * annual sales plan — the year figure of targetsInForce.
 */
function parentYearSql(): SQL {
  return sql`coalesce(
    (select l.value from units u join target_sets ps on ps.unit_id = u.parent_id
       join target_lines l on l.set_id = ps.id
     where u.id = s.unit_id and ps.status = 'approved' and ps.year = s.year and ps.metric = s.metric
       and ps.category = s.category and l.subject_type = 'unit' and l.subject_id = s.unit_id
       and l.period = s.year::text),
    (select t.value from units u join sales_plans p on p.status = 'approved' and p.year = s.year
       join sales_plan_targets t on t.plan_id = p.id
     where u.id = s.unit_id and u.parent_id is null and t.metric = s.metric and t.category = s.category
       and t.period = s.year::text))`;
}

/** 待办's line for a pending set: the metric, the year, the split's total and its gap to the unit's target. */
function detailSql(docId: SQL, lang: 'zh-CN' | 'en'): SQL {
  const money = sql`s.metric in (${sql.join(
    moneyMetrics.map((m) => sql`${m}`),
    sql`, `,
  )})`;
  const total = sql`coalesce((select sum(l.value) from target_lines l where l.set_id = s.id and l.period = s.year::text), 0)`;
  const parent = parentYearSql();
  const [year, split] =
    lang === 'zh-CN' ? [sql`' 年 · 分解合计 '`, sql`' · 差额 '`] : [sql`' · split '`, sql`' · gap '`];
  // Without a target in force for the unit there is no gap to show.
  return sql`select ${metricWordsSql(sql`s.metric`, lang)} || ' · ' || s.year || ${year}
      || ${figureSql(total, money)}
      || coalesce(${split} || ${figureSql(sql`(${parent} - ${total})`, money)}, '')
    from target_sets s where s.id::text = ${docId}`;
}

/**
 * PLAN-2: a unit's split is approved by the chain of plan.targetApprovers (default the GM) before
 * it is in force; approving version n+1 supersedes version n in the same transaction. PLAN-3: a
 * gap needs the submitter's reason, or under `block` stops submission — and approval, since the
 * unit's own target may have changed while the set waited.
 */
export const targetSetFlow = defineApprovalFlow({
  docType: TARGET_SET_DOC,
  label: { 'zh-CN': '销售目标分解', en: 'Sales target split' },
  chain: targetApprovers,
  todoFacts: {
    subject: (docId) =>
      sql`select u.name from target_sets s join units u on u.id = s.unit_id where s.id::text = ${docId}`,
    detail: (docId) => ({ 'zh-CN': detailSql(docId, 'zh-CN'), en: detailSql(docId, 'en') }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({
        s: targetSets,
        unitName: units.name,
        total: sql<string>`coalesce((select sum(l.value) from target_lines l where l.set_id = ${targetSets.id} and l.period = ${targetSets.year}::text), 0)::text`,
      })
      .from(targetSets)
      .innerJoin(units, eq(units.id, targetSets.unitId))
      .where(eq(targetSets.id, docId));
    if (!row) return null;
    return {
      title: `${row.unitName} · ${row.s.year} · v${row.s.version}`,
      amountFen: moneyMetrics.includes(row.s.metric) ? BigInt(row.total) : null,
      unitId: row.s.unitId,
      ownerId: row.s.createdBy ?? '',
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: targetSets.id })
      .from(targetSets)
      .where(and(eq(targetSets.id, docId), unitScope(actor, 'target:read', targetSets.unitId)));
    return rows.length > 0;
  },
  link: (docId) => `/targets/sets/${docId}`,
  async onSubmitted(tx, ctx, req) {
    const set = await setFor(tx, req.docId);
    if (set.status !== 'draft' && set.status !== 'rejected') throw appError('TARGET_SET_NOT_EDITABLE');
    const { hasGap } = await assertSubmittable(tx, ctx, set);
    // Without a gap there is nothing to explain: a reason typed earlier is not kept.
    const gapReason = hasGap ? set.gapReason : null;
    if (gapReason !== set.gapReason)
      await tx.update(targetSets).set({ gapReason }).where(eq(targetSets.id, set.id));
    await setStatus(tx, ctx, { ...set, gapReason }, { status: 'submitted', action: 'targetSet.submit' });
  },
  async onApproved(tx, ctx, req) {
    const set = await setFor(tx, req.docId);
    const { hasGap, rule } = await gapNow(tx, ctx, set);
    if (hasGap && rule === 'block') throw appError('TARGET_GAP_BLOCKED');
    const superseded = await tx
      .update(targetSets)
      .set({ status: 'superseded', updatedAt: ctx.clock.now() })
      .where(
        and(
          eq(targetSets.unitId, set.unitId),
          eq(targetSets.year, set.year),
          eq(targetSets.metric, set.metric),
          eq(targetSets.category, set.category),
          eq(targetSets.status, 'approved'),
          ne(targetSets.id, set.id),
        ),
      )
      .returning({ id: targetSets.id, version: targetSets.version });
    for (const old of superseded) {
      await audit(tx, ctx, {
        entity: 'target_set',
        entityId: old.id,
        action: 'targetSet.supersede',
        before: { status: 'approved' },
        after: { status: 'superseded', by: set.id, version: set.version },
      });
    }
    await setStatus(tx, ctx, set, { status: 'approved', action: 'targetSet.approve' });
  },
  onRejected: async (tx, ctx, req: ApprovalHookInput) => {
    await setStatus(tx, ctx, await setFor(tx, req.docId), { status: 'rejected', action: 'targetSet.reject' });
  },
  onWithdrawn: async (tx, ctx, req: ApprovalHookInput) => {
    await setStatus(tx, ctx, await setFor(tx, req.docId), { status: 'draft', action: 'targetSet.withdraw' });
  },
});
