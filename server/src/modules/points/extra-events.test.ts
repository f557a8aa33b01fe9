import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { inTx } from '../../platform/context.js';
import { emit } from '../../platform/events/domain-events.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { suggestionAdopted } from '../suggestions/index.js';
import { trainingExcelled } from '../training/index.js';
import { monthsAfter, POINTS_ACCOUNT } from './award.js';
import { pointsKit } from './test-kit.js';

let t: TestApp;
let k: ReturnType<typeof pointsKit>;
const id: Record<string, string> = {};
const balance = (userId: string) => balanceOf(t.database.db, POINTS_ACCOUNT, userId, { asOf: t.clock.now() });

beforeAll(async () => {
  t = await createTestApp();
  k = pointsKit(t);
  for (const u of ['rep01', 'rep02', 'manager_east']) id[u] = (await k.user(u)).id;
});

const emitIn = async <P>(event: Parameters<typeof emit<P>>[2], payload: P) => {
  const ctx = await k.ctx('manager_east');
  await inTx(ctx, (tx) => emit(tx, ctx, event, payload));
};

describe('INC-4: extra points for training and suggestions', () => {
  it('OPS-8/INC-4: an emitted trainingExcelled awards the training points once per attendance, valid points.extraValidMonths', async () => {
    const before = await balance(id.rep01!);
    const result = {
      attendanceId: '00000000-0000-4000-8000-0000000000a1',
      sessionId: '00000000-0000-4000-8000-0000000000b1',
      userId: id.rep01!,
      topic: '新产品知识培训',
      day: '2026-03-02',
    };
    await emitIn(trainingExcelled, result);
    await emitIn(trainingExcelled, result); // the same attendance again: nothing more
    expect(await balance(id.rep01!)).toBe(before + 50n);
    const [lot] = await t.database.db
      .select()
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.account, POINTS_ACCOUNT),
          eq(ledgerEntries.idempotencyKey, `training_excellent:${result.attendanceId}`),
        ),
      );
    expect(lot?.kind).toBe('extra:training_excellent');
    expect(lot?.expiresAt?.toISOString()).toBe(monthsAfter(t.clock.now(), 6).toISOString());

    // Another attendance of the same person earns again, at the policy's amount in force.
    await setPolicyValue(t, 'points.trainingExcellent', 80);
    await emitIn(trainingExcelled, { ...result, attendanceId: '00000000-0000-4000-8000-0000000000a2' });
    expect(await balance(id.rep01!)).toBe(before + 130n);
  });

  it('OPS-9/INC-4: an emitted suggestionAdopted awards the suggestion points once per suggestion', async () => {
    const before = await balance(id.rep02!);
    const adopted = {
      suggestionId: '00000000-0000-4000-8000-0000000000c1',
      title: 'JY-2026-0001 简化报价审批',
      userId: id.rep02!,
      adoptedBy: id.manager_east!,
    };
    await emitIn(suggestionAdopted, adopted);
    await emitIn(suggestionAdopted, adopted);
    expect(await balance(id.rep02!)).toBe(before + 30n);
  });
});
