import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { notify } from '../../platform/notifications/notify.js';
import { PeopleResolver } from '../../platform/org/resolve-people.js';
import { type PeriodCode, previousPeriod } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import { indicatorsFor, type MetricFigure, measuredPeople } from '../indicators/index.js';
import { openStepDue } from './due-items.js';
import { caseLink, caseOpenedEvent } from './events.js';
import { belowPct, escalateMonths } from './policies.js';
import type { TCaseSnapshot } from './schemas.js';
import { PERF_CASE_ENTITY } from './scope.js';
import { performanceCases } from './tables.js';

/** The longest run looked back on (cases.escalateMonths allows up to 12). */
const LOOK_BACK = 12;

/**
 * INC-8: a month's figure is below target when a target is in force (and above zero) and the
 * actual is under cases.belowPct of it — compared in integers, never a rounded percent. No
 * target, not below.
 */
export function isBelow(f: MetricFigure, pct: number): boolean {
  if (f.target === null) return false;
  const target = BigInt(f.target);
  return target > 0n && BigInt(f.actual) * 100n < target * BigInt(pct);
}

/** The month and the LOOK_BACK − 1 before it, oldest first. */
function monthsUpTo(month: PeriodCode): PeriodCode[] {
  const out = [month];
  while (out.length < LOOK_BACK) out.unshift(previousPeriod(out[0]!));
  return out;
}

/**
 * INC-8 (未完成目标者约谈…连续两个月未完成者绩效考核): the close of a month. Everyone measured whose sales
 * completion for the month (plan.salesBasis' metric against the target in force) is under
 * cases.belowPct of their unit gets a case — once per person and month (a unique key; running
 * again opens nothing more). The months below target in a row, this one included, are counted
 * back from the figures; at cases.escalateMonths or more the case is a performance review. The
 * case keeps the figures, links last month's case, gives the direct superior (the nearest active
 * one above) the interview due in cases.interviewDays working days, and tells the person.
 * Figures are read first; each case is written in a short transaction of its own, audited.
 */
export async function closeMonth(ctx: Ctx, month: PeriodCode): Promise<{ below: number; opened: number }> {
  const at = ctx.clock.now();
  const people = await measuredPeople(ctx.db);
  const periods = monthsUpTo(month);
  const rows = await indicatorsFor(ctx.db, { subjects: people, periods, at });
  const figureOf = new Map(
    rows.map((r) => [`${r.subject.id}:${r.period}`, { r, f: r.metrics[r.salesMetric] }]),
  );
  let below = 0;
  let opened = 0;
  for (const person of people) {
    const unitId = person.unit?.id ?? null;
    const pct = await readPolicy(ctx.db, belowPct, at, unitId);
    const current = figureOf.get(`${person.id}:${month}`);
    if (!current || !isBelow(current.f, pct)) continue;
    below += 1;
    const run: TCaseSnapshot['months'] = [];
    for (const p of [...periods].reverse()) {
      const f = figureOf.get(`${person.id}:${p}`)!.f;
      if (!isBelow(f, pct)) break;
      run.unshift({ period: p, target: f.target!, actual: f.actual, completionPct: f.completionPct });
    }
    const escalate = await readPolicy(ctx.db, escalateMonths, at, unitId);
    const snapshot: TCaseSnapshot = {
      salesMetric: current.r.salesMetric,
      belowPct: pct,
      escalateMonths: escalate,
      months: run,
    };
    const superior = await new PeopleResolver(ctx.db, { userId: person.id }).nextActiveAbove(0);
    const [superiorRow] = superior
      ? await queryRows<{ unit_id: string }>(
          ctx.db,
          sql`select unit_id::text as unit_id from users where id = ${superior.id}`,
        )
      : [];
    const done = await inTx(ctx, async (tx) => {
      const [previous] = await tx
        .select({ id: performanceCases.id })
        .from(performanceCases)
        .where(
          and(eq(performanceCases.personId, person.id), eq(performanceCases.month, previousPeriod(month))),
        );
      const [row] = await tx
        .insert(performanceCases)
        .values({
          personId: person.id,
          unitId: unitId!,
          month,
          snapshot,
          level: run.length >= escalate ? 'review' : 'interview',
          status: 'interview',
          consecutiveMonths: run.length,
          previousCaseId: previous?.id ?? null,
          superiorId: superior?.id ?? null,
          createdAt: at,
          updatedAt: at,
          createdBy: ctx.actor?.id ?? null,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) return false;
      if (superior && superiorRow) {
        await openStepDue(tx, ctx, 'interview', {
          caseId: row.id,
          ownerId: superior.id,
          ownerUnitId: superiorRow.unit_id,
          personName: person.name,
          month,
        });
      }
      await notify(tx, ctx, {
        userId: person.id,
        event: caseOpenedEvent.key,
        title: {
          'zh-CN': `${month} 销售额未达标（完成率 ${current.f.completionPct ?? 0}%），上级将与您约谈并商定改进计划`,
          en: `${month}: sales below target (${current.f.completionPct ?? 0}% completed); your superior will hold an interview and agree an improvement plan with you`,
        },
        subjectType: PERF_CASE_ENTITY,
        subjectId: row.id,
        link: caseLink(row.id),
      });
      await audit(tx, ctx, {
        entity: PERF_CASE_ENTITY,
        entityId: row.id,
        action: 'perfCase.open',
        after: row,
      });
      return true;
    });
    if (done) opened += 1;
  }
  return { below, opened };
}
