import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { queryRows } from '../../../db/client.js';
import { targetKey, targetsInForce } from '../in-force.js';
import type { TTargetSheet } from './schemas.js';
import { approvedCompanyTarget, sessions, setPolicyValue, unitId } from './test-kit.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
const u: Record<'hq' | 'east' | 'south' | 'fin', string> = { hq: '', east: '', south: '', fin: '' };
const YEAR = 2027;
/** The company's months: 800,000 fen a month, December 1,200,000 — 10,000,000 fen in the year. */
const companyMonths = [...Array.from({ length: 11 }, () => 800_000n), 1_200_000n];

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  u.hq = await unitId(t, 'HQ');
  u.east = await unitId(t, 'EAST');
  u.south = await unitId(t, 'SOUTH');
  u.fin = await unitId(t, 'FIN');
  for (const metric of ['signed_amount', 'collected_amount'] as const) {
    await approvedCompanyTarget(t, { year: YEAR, metric, value: 10_000_000n, months: companyMonths });
  }
});

/** A child's year and months: the year split as `months` say (12 values). */
const child = (id: string, year: bigint, months: bigint[]) => ({
  type: 'unit' as const,
  id,
  year: String(year),
  months: months.map(String),
});
const evenly = (year: bigint) => {
  const m = year / 12n;
  return [...Array.from({ length: 11 }, () => m), year - m * 11n];
};

async function newSet(user: string, unit: string, metric = 'signed_amount', extra: object = {}) {
  return s.ok<TTargetSheet>(user, 'POST', '/api/target-sets', { unitId: unit, year: YEAR, metric, ...extra });
}

async function inForce(unit: string, period = String(YEAR), metric: 'signed_amount' = 'signed_amount') {
  const found = await targetsInForce(t.database.db, {
    metric,
    subjects: [{ type: 'unit', id: unit }],
    periods: [period],
  });
  return found.get(targetKey({ type: 'unit', id: unit }, period)) ?? null;
}

async function pendingRequest(setId: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id::text as id from approval_requests where doc_type = 'target_set' and doc_id = ${setId}
        order by round desc limit 1`,
  );
  return row!.id;
}

describe('target splits (PLAN-2, PLAN-3)', () => {
  let first: TTargetSheet;

  it('PLAN-3: the director splits the company target (10,000,000 fen) among the regions; 9,000,000 leaves a gap of 1,000,000 that cannot be submitted without a reason', async () => {
    first = await newSet('director', u.hq);
    expect(first).toMatchObject({
      unit: { id: u.hq, kind: 'company' },
      money: true,
      set: { version: 1, status: 'draft', splitMethod: 'manual', author: { username: 'director' } },
      parent: { year: '10000000', months: companyMonths.map(String) },
      gapRule: 'reason',
      canCreate: false,
      canEdit: true,
      canSubmit: false,
    });
    // The regions are suggested; finance, HR and IT and the people at head office are listed, not suggested.
    const suggested = first.children.filter((c) => c.suggested).map((c) => c.code);
    expect(suggested).toEqual(['EAST', 'SOUTH']);
    expect(first.children.find((c) => c.id === u.fin)).toMatchObject({
      kind: 'department',
      suggested: false,
    });
    expect(first.children.find((c) => c.code === 'director')).toMatchObject({
      kind: 'person',
      subjectType: 'user',
    });

    const again = await s.call('director', 'POST', '/api/target-sets', {
      unitId: u.hq,
      year: YEAR,
      metric: 'signed_amount',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'TARGET_SET_OPEN_EXISTS',
      details: { id: first.set!.id },
    });

    first = await s.ok<TTargetSheet>('director', 'PUT', `/api/target-sets/${first.set!.id}/lines`, {
      children: [
        child(u.east, 5_000_000n, evenly(5_000_000n)),
        child(u.south, 4_000_000n, evenly(4_000_000n)),
      ],
    });
    expect(first.sums.year).toBe('9000000');
    expect(first.gaps.year).toBe('1000000');
    expect(first.hasGap).toBe(true);
    expect(first.children.find((c) => c.id === u.east)).toMatchObject({ included: true, rest: '0' });
    expect(first.children.find((c) => c.id === u.fin)).toMatchObject({ included: false, rest: null });
    expect(first.canSubmit).toBe(true);

    const bare = await s.call('director', 'POST', `/api/target-sets/${first.set!.id}/submit`, {});
    expect(bare.statusCode).toBe(422);
    expect(bare.json().error).toMatchObject({
      code: 'TARGET_GAP_REASON_REQUIRED',
      fields: { gapReason: '下级目标之和与上级目标有差额，请说明原因' },
    });
    const en = await s.call(
      'director',
      'POST',
      `/api/target-sets/${first.set!.id}/submit`,
      { gapReason: ' ' },
      'en',
    );
    expect(en.json().error.fields.gapReason).toBe(
      'The children’s targets leave a gap to the parent’s; say why',
    );
    expect(
      (await s.ok<TTargetSheet>('director', 'GET', `/api/target-sets/${first.set!.id}`)).set?.status,
    ).toBe('draft');
  });

  it('PLAN-3: with a reason it is submitted; the GM’s 待办 shows the unit, metric, year, total and gap', async () => {
    const sent = await s.ok<TTargetSheet>('director', 'POST', `/api/target-sets/${first.set!.id}/submit`, {
      gapReason: '保留一百万由总部直属客户完成',
    });
    expect(sent.set).toMatchObject({ status: 'submitted', gapReason: '保留一百万由总部直属客户完成' });
    expect(sent.canEdit).toBe(false);
    const todo = await s.ok('gm', 'GET', '/api/todo');
    const pending = todo.sections
      .flatMap((x: { items: { link: string; subject: string; detail: Record<string, string> }[] }) => x.items)
      .find((i: { link: string }) => i.link?.includes(first.set!.id));
    expect(pending.subject).toBe('销管示范有限公司');
    expect(pending.detail['zh-CN']).toContain('签约金额 · 2027 年 · 分解合计 ¥90,000.00 · 差额 ¥10,000.00');
    expect(pending.detail.en).toContain('Signed amount · 2027 · split ¥90,000.00 · gap ¥10,000.00');
    const saved = await s.call('director', 'PUT', `/api/target-sets/${first.set!.id}/lines`, {
      children: [],
    });
    expect(saved.json().error.code).toBe('TARGET_SET_NOT_EDITABLE');
  });

  it('PLAN-3: under the policy block, a set submitted before the change cannot be approved while the gap stands', async () => {
    await setPolicyValue(t, 'plan.gapRule', 'block');
    const request = await pendingRequest(first.set!.id);
    const refused = await s.call('gm', 'POST', `/api/approvals/${request}/approve`, { comment: null });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('TARGET_GAP_BLOCKED');
    const still = await s.ok<TTargetSheet>('gm', 'GET', `/api/target-sets/${first.set!.id}`);
    expect(still.set?.status).toBe('submitted');
    expect(await inForce(u.east)).toBeNull();
  });

  it('PLAN-3: under block a split with a gap cannot be submitted at all, even with a reason; closing the gap lets it through', async () => {
    const other = await newSet('director', u.hq, 'collected_amount');
    const id = other.set!.id;
    const gapped = await s.ok<TTargetSheet>('director', 'PUT', `/api/target-sets/${id}/lines`, {
      children: [
        child(u.east, 5_000_000n, evenly(5_000_000n)),
        child(u.south, 4_000_000n, evenly(4_000_000n)),
      ],
    });
    expect(gapped).toMatchObject({ gapRule: 'block', hasGap: true, canSubmit: false });
    const refused = await s.call('director', 'POST', `/api/target-sets/${id}/submit`, { gapReason: '理由' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('TARGET_GAP_BLOCKED');

    // Evenly, following the company's months: every period sums exactly, no gap.
    const split = await s.ok<TTargetSheet>('director', 'POST', `/api/target-sets/${id}/split`, {
      method: 'even',
      children: [
        { type: 'unit', id: u.east },
        { type: 'unit', id: u.south },
      ],
    });
    expect(split.set?.splitMethod).toBe('even');
    expect(split.hasGap).toBe(false);
    expect(split.gaps.year).toBe('0');
    expect(split.gaps.months).toEqual(Array.from({ length: 12 }, () => '0'));
    expect(split.children.find((c) => c.id === u.east)?.values).toEqual({
      year: '5000000',
      months: [...Array.from({ length: 11 }, () => '400000'), '600000'],
    });
    const sent = await s.ok<TTargetSheet>('director', 'POST', `/api/target-sets/${id}/submit`, {});
    expect(sent.set).toMatchObject({ status: 'submitted', gapReason: null });
    await setPolicyValue(t, 'plan.gapRule', 'reason');
  });

  it('PLAN-2: a target is in force only once the GM approves it; the submitter cannot approve their own', async () => {
    const request = await pendingRequest(first.set!.id);
    const own = await s.call('director', 'POST', `/api/approvals/${request}/approve`, { comment: null });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('APPROVAL_SELF_APPROVAL');
    const notTheirs = await s.call('rm_east', 'POST', `/api/approvals/${request}/approve`, { comment: null });
    expect([403, 404]).toContain(notTheirs.statusCode);
    const rep = await s.call('rep01', 'POST', '/api/target-sets', {
      unitId: u.hq,
      year: YEAR,
      metric: 'volume',
    });
    expect(rep.statusCode).toBe(403);
    expect(await inForce(u.east)).toBeNull();

    await s.ok('gm', 'POST', `/api/approvals/${request}/approve`, { comment: '同意' });
    expect(await inForce(u.east)).toBe(5_000_000n);
    expect(await inForce(u.east, `${YEAR}-Q1`)).toBe(1_249_998n);
    const approved = await s.ok<TTargetSheet>('director', 'GET', `/api/target-sets/${first.set!.id}`);
    expect(approved.set).toMatchObject({ status: 'approved', approvedBy: { username: 'gm' } });
    // The region now has a target of its own to split.
    const east = await s.ok<TTargetSheet>(
      'rm_east',
      'GET',
      `/api/target-sets/current?unitId=${u.east}&year=${YEAR}&metric=signed_amount`,
    );
    expect(east).toMatchObject({ set: null, canCreate: true, parent: { year: '5000000' } });
    // Outside the reader's scope a unit does not exist.
    const south = await s.call(
      'rm_east',
      'GET',
      `/api/target-sets/current?unitId=${u.south}&year=${YEAR}&metric=signed_amount`,
    );
    expect(south.statusCode).toBe(404);
  });

  it('PLAN-2: a change after approval is a new version with its reason, prefilled; approving it supersedes the first and history keeps both', async () => {
    const noReason = await s.call('director', 'POST', '/api/target-sets', {
      unitId: u.hq,
      year: YEAR,
      metric: 'signed_amount',
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error).toMatchObject({
      code: 'TARGET_CHANGE_REASON_REQUIRED',
      fields: { changeReason: '已批准的目标调整须说明原因' },
    });
    const v2 = await newSet('director', u.hq, 'signed_amount', { changeReason: '华南市场扩大' });
    expect(v2.set).toMatchObject({ version: 2, status: 'draft', changeReason: '华南市场扩大' });
    expect(v2.children.find((c) => c.id === u.east)?.values.year).toBe('5000000');
    expect(v2.sums.year).toBe('9000000');
    // In force meanwhile: still version 1.
    expect(await inForce(u.south)).toBe(4_000_000n);
    const closed = await s.ok<TTargetSheet>('director', 'PUT', `/api/target-sets/${v2.set!.id}/lines`, {
      children: [
        child(u.east, 5_000_000n, evenly(5_000_000n)),
        child(u.south, 5_000_000n, evenly(5_000_000n)),
      ],
    });
    expect(closed.gaps.year).toBe('0');
    // The months of the company are not those of the children: the month gaps remain, and need a reason.
    expect(closed.hasGap).toBe(true);
    await s.ok('director', 'POST', `/api/target-sets/${v2.set!.id}/submit`, { gapReason: '按月均匀分配' });
    await s.ok('gm', 'POST', `/api/approvals/${await pendingRequest(v2.set!.id)}/approve`, { comment: null });

    expect(await inForce(u.south)).toBe(5_000_000n);
    const history = await s.ok<TTargetSheet>(
      'director',
      'GET',
      `/api/target-sets/current?unitId=${u.hq}&year=${YEAR}&metric=signed_amount`,
    );
    expect(history.set?.id).toBe(v2.set!.id);
    expect(history.versions.map((v) => [v.version, v.status, v.approvedBy?.username, v.total])).toEqual([
      [2, 'approved', 'gm', '10000000'],
      [1, 'superseded', 'gm', '9000000'],
    ]);
    const [rows] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'target_set' and entity_id = ${first.set!.id}
          and action = 'targetSet.supersede'`,
    );
    expect(rows?.n).toBe(1);
  });
});
