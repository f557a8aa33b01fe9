import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Ctx } from '../../platform/context.js';
import { computeDueAt } from '../../platform/deadlines/calendar.js';
import { closeDueItems, ensureDueItem } from '../../platform/deadlines/due-items.js';
import { defineDueItemKind } from '../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicy } from '../../platform/policies/read.js';
import { caseLink } from './events.js';
import { interviewDays, planDays } from './policies.js';
import { PERF_CASE_ENTITY } from './scope.js';

/** INC-8: "hold the interview with X", the direct superior's, from the month close. */
export const INTERVIEW_DUE_KIND = 'perf_case.interview';
/** INC-8: "agree X's improvement plan", from the interview. */
export const PLAN_DUE_KIND = 'perf_case.plan';

export const interviewDueKind = defineDueItemKind({
  kind: INTERVIEW_DUE_KIND,
  label: { 'zh-CN': '未达标约谈', en: 'Below-target interview' },
  link: (id) => caseLink(id),
});

export const planDueKind = defineDueItemKind({
  kind: PLAN_DUE_KIND,
  label: { 'zh-CN': '商定改进计划', en: 'Agree the improvement plan' },
  link: (id) => caseLink(id),
});

interface StepDue {
  kind: string;
  policy: PolicyDef<z.ZodNumber>;
  title: (name: string) => string;
}

const steps: Record<'interview' | 'plan', StepDue> = {
  interview: {
    kind: INTERVIEW_DUE_KIND,
    policy: interviewDays,
    title: (n) => `约谈 ${n} / Interview ${n}`,
  },
  plan: {
    kind: PLAN_DUE_KIND,
    policy: planDays,
    title: (n) => `商定 ${n} 的改进计划 / Agree ${n}'s improvement plan`,
  },
};

/**
 * INC-8: the step's due item for the one who holds it, due the policy's working days from now at
 * the end of the day, with the usual ladder (reminded, then their superior told). Opened once
 * per case and step (ensureDueItem), in the caller's transaction, audited by the engine.
 */
export async function openStepDue(
  tx: Tx,
  ctx: Ctx,
  step: 'interview' | 'plan',
  input: { caseId: string; ownerId: string; ownerUnitId: string; personName: string; month: string },
): Promise<void> {
  const s = steps[step];
  await ensureDueItem(
    tx,
    ctx,
    { kind: s.kind, subjectType: PERF_CASE_ENTITY, subjectId: input.caseId },
    'reopened',
    async () => {
      const at = ctx.clock.now();
      const tz = await readCompanyTimeZone(tx, at);
      const days = await readPolicy(tx, s.policy, at, input.ownerUnitId);
      return {
        kind: s.kind,
        title: s.title(input.personName),
        ownerId: input.ownerId,
        unitId: input.ownerUnitId,
        subjectType: PERF_CASE_ENTITY,
        subjectId: input.caseId,
        dueAt: computeDueAt({ from: at, amount: days, unit: 'working_days', endOfDay: true }, tz),
        rule: { days, policy: s.policy.id, month: input.month },
        ladder: await defaultLadder(tx, at),
      };
    },
  );
}

/** INC-8: the step was done: its due item closes, whoever held it. */
export function closeStepDue(tx: Tx, ctx: Ctx, step: 'interview' | 'plan', caseId: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: PERF_CASE_ENTITY,
    subjectId: caseId,
    kind: steps[step].kind,
    reason: step === 'interview' ? 'interviewed' : 'plan_agreed',
  });
}
