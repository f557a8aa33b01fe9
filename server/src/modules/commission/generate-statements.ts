import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { period } from '../../platform/periods/periods.js';
import { type Computed, computeStatement } from './compute-statement.js';
import { type PlanRow, planInForce } from './plan-queries.js';
import { type Earner, earnersInScope, type StatementRow } from './scope.js';
import { commissionStatementLines, commissionStatements } from './tables.js';

/** INC-1: writes a computed statement: a new draft, or the lines of a draft or rejected one replaced. */
export async function writeStatement(
  tx: Tx,
  ctx: Ctx,
  input: {
    earner: Pick<Earner, 'id' | 'unitId'>;
    plan: PlanRow;
    month: string;
    existing: StatementRow | null;
    c: Computed;
  },
): Promise<string> {
  const at = ctx.clock.now();
  const { c, existing } = input;
  const values = {
    unitId: input.earner.unitId,
    planId: input.plan.id,
    basis: c.basis,
    targetFen: c.targetFen,
    basisFen: c.basisFen,
    attainmentBp: c.attainmentBp,
    reachedTier: c.reachedTier,
    commissionFen: c.commissionFen,
    why: c.why,
    generatedAt: at,
    updatedAt: at,
  };
  let id: string;
  if (existing) {
    await tx.update(commissionStatements).set(values).where(eq(commissionStatements.id, existing.id));
    await tx.delete(commissionStatementLines).where(eq(commissionStatementLines.statementId, existing.id));
    id = existing.id;
  } else {
    const [row] = await tx
      .insert(commissionStatements)
      .values({
        ...values,
        userId: input.earner.id,
        period: input.month,
        createdAt: at,
        createdBy: ctx.actor?.id ?? null,
      })
      .returning({ id: commissionStatements.id });
    id = row!.id;
  }
  if (c.lines.length > 0) {
    await tx
      .insert(commissionStatementLines)
      .values(c.lines.map((l, i) => ({ ...l, statementId: id, seq: i + 1 })));
  }
  await audit(tx, ctx, {
    entity: 'commission_statement',
    entityId: id,
    action: existing ? 'commissionStatement.regenerate' : 'commissionStatement.generate',
    before: existing
      ? { commissionFen: existing.commissionFen, generatedAt: existing.generatedAt }
      : undefined,
    after: {
      period: input.month,
      userId: input.earner.id,
      planId: input.plan.id,
      commissionFen: c.commissionFen,
      lines: c.lines.length,
    },
  });
  return id;
}

/** The month must be over (the company's today after its last day). */
export async function assertMonthOver(tx: Tx, at: Date, month: string) {
  if ((await companyToday(tx, at)) <= period(month).to) throw appError('COMMISSION_PERIOD_OPEN');
}

/**
 * INC-1: the statements of a month for the people in scope whose role has a plan in force that
 * month: new ones as drafts, drafts and rejected ones recomputed, submitted, approved and closed
 * ones left as they are (so generating twice changes nothing). The job runs it for everyone.
 */
export async function generateForMonth(
  ctx: Ctx,
  month: string,
  opts: { all?: boolean; onlyMissing?: boolean } = {},
) {
  const actor = opts.all ? null : requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    await assertMonthOver(tx, at, month);
    const earners = await earnersInScope(tx, actor);
    const plans = await planInForce(tx, [...new Set(earners.flatMap((e) => e.roleCodes))], month);
    let generated = 0;
    let skipped = 0;
    for (const e of earners) {
      const code = e.roleCodes.find((r) => plans.has(r));
      if (!code) continue;
      const plan = plans.get(code)!;
      const [existing] = await tx
        .select()
        .from(commissionStatements)
        .where(and(eq(commissionStatements.userId, e.id), eq(commissionStatements.period, month)))
        .for('update');
      if (existing && (opts.onlyMissing || (existing.status !== 'draft' && existing.status !== 'rejected'))) {
        skipped += 1;
        continue;
      }
      const c = await computeStatement(tx, { person: e, plan, month, at, selfId: existing?.id ?? null });
      await writeStatement(tx, ctx, { earner: e, plan, month, existing: existing ?? null, c });
      generated += 1;
    }
    return { period: month, generated, skipped };
  });
}
