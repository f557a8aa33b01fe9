import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { loadModules, modules } from '../../modules/index.js';
import { loadActor } from '../access/actor.js';
import type { Ctx } from '../context.js';
import { defineModule } from '../modules/define-module.js';
import { definePolicy } from '../policies/define.js';
import { setPolicy } from '../policies/write.js';
import { type DocSummary, defineApprovalFlow } from './flows.js';
import { submitForApproval } from './transitions.js';

const discountThreshold = definePolicy({
  id: 'test.conditions.discountPct',
  schema: z.number().int().min(0).max(100),
  default: 20,
  unit: 'percent',
  label: { 'zh-CN': '测试折扣阈值', en: 'Test discount threshold' },
  description: { 'zh-CN': '测试', en: 'Test' },
  ruleIds: ['Q2C-2'],
  chapter: 'Q2C',
});

/**
 * ORG-3 with Q2C-2/CUS-9: a step may depend on a figure of the document compared with a policy
 * (a discount above the director's threshold) or on a flag the document raises (over its
 * limit, a credit risk); both are decided and stored at submission.
 */
describe('conditional approval steps on measures and flags', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const docs = new Map<string, Pick<DocSummary, 'measures' | 'flags'>>();
  const rep01 = await loadActor(db, await t.userId('rep01'));
  const flow = defineApprovalFlow({
    docType: 'test_conditions',
    label: { 'zh-CN': '测试', en: 'Test' },
    steps: [
      { kind: 'superior', when: { flag: 'overLimit' } },
      { kind: 'nearestRole', role: 'sales_manager' },
      {
        kind: 'nearestRole',
        role: 'sales_director',
        when: { measureAbove: { measure: 'discountPct', policy: discountThreshold } },
      },
    ],
    async describe(_conn, docId) {
      const doc = docs.get(docId);
      return doc
        ? { title: docId, amountFen: null, unitId: rep01!.unitId, ownerId: rep01!.id, ...doc }
        : null;
    },
  });
  loadModules([
    ...modules,
    defineModule({ name: 'test-conditions', policies: [discountThreshold], flows: [flow] }),
  ]);

  async function chainOf(docId: string, doc: Pick<DocSummary, 'measures' | 'flags'>) {
    docs.set(docId, doc);
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: rep01,
      requestId: 'test',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    const request = await db.transaction((tx) =>
      submitForApproval(tx, ctx, { docType: 'test_conditions', docId }),
    );
    const rows = await queryRows<{ approver: string; rule: { when?: unknown } }>(
      db,
      sql`select u.username as approver, s.rule from approval_steps s join users u on u.id = s.approver_id
          where s.request_id = ${request.id} order by s.seq`,
    );
    return rows;
  }

  it('Q2C-2: without flag or large measure only the unconditional step applies', async () => {
    const steps = await chainOf('doc-plain', { measures: { discountPct: 3 }, flags: [] });
    expect(steps.map((s) => s.approver)).toEqual(['manager_east']);
  });

  it('Q2C-2: a raised flag adds the superior; a measure above the policy adds the director, with the figures stored', async () => {
    const steps = await chainOf('doc-big', { measures: { discountPct: 25 }, flags: ['overLimit'] });
    expect(steps.map((s) => s.approver)).toEqual(['sup_east1', 'manager_east', 'director']);
    expect(steps[0]!.rule.when).toEqual({ flag: 'overLimit' });
    expect(steps[2]!.rule.when).toEqual({
      measureAbove: {
        measure: 'discountPct',
        policyId: 'test.conditions.discountPct',
        threshold: 20,
        value: 25,
      },
    });
  });

  it('Q2C-2: a measure equal to the threshold does not add the step; a changed policy applies to new submissions', async () => {
    expect((await chainOf('doc-equal', { measures: { discountPct: 20 } })).map((s) => s.approver)).toEqual([
      'manager_east',
    ]);
    const admin = { ...ctxFor(), actor: await loadActor(db, await t.userId('admin')) };
    await db.transaction((tx) => setPolicy(tx, admin, { id: discountThreshold.id, value: 10 }));
    expect((await chainOf('doc-after', { measures: { discountPct: 15 } })).map((s) => s.approver)).toEqual([
      'manager_east',
      'director',
    ]);
  });

  function ctxFor(): Ctx {
    return { db, clock: t.clock, actor: null, requestId: 'test', ip: null, userAgent: null, lang: 'zh-CN' };
  }
});
