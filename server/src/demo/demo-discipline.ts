import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { proposeSanction, recordViolation, violations } from '../modules/discipline/index.js';
import { loadModules } from '../modules/index.js';
import { meetingArrivedLate } from '../modules/meetings/index.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import { type Ctx, inTx } from '../platform/context.js';
import { emit } from '../platform/events/domain-events.js';
import { userIdByUsername } from './load-demo.js';

const HOUR = 60 * 60 * 1000;

/**
 * PEN-2/PEN-4 (demo): rep01 arrived 5 minutes late at this morning's meeting (fined by the band),
 * sup_east1 recorded rep02 refusing a customer on a complaint, and proposed a warning for rep02.
 * Does nothing when a violation exists already.
 */
export async function loadDemoDiscipline(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const [any] = await db.select({ id: violations.id }).from(violations).limit(1);
  if (any) return;
  const base: Omit<Ctx, 'actor'> = {
    db,
    clock,
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  const rep01 = await userIdByUsername(db, 'rep01');
  const rep02 = await userIdByUsername(db, 'rep02');
  const sup = await loadActor(db, await userIdByUsername(db, 'sup_east1'));
  if (!sup) throw new Error('demo supervisor missing');
  const startsAt = new Date(clock.now().getTime() - 2 * HOUR);
  const system: Ctx = { ...base, actor: null };
  await inTx(system, (tx) =>
    emit(tx, system, meetingArrivedLate, {
      meetingId: randomUUID(),
      day: startsAt.toISOString().slice(0, 10),
      userId: rep01,
      unitId: sup.unitId,
      startsAt,
      arrivedAt: new Date(startsAt.getTime() + 5 * 60_000),
      minutesLate: 5,
      recordedBy: sup.id,
    }),
  );
  const asSup: Ctx = { ...base, actor: sup };
  const refusal = await recordViolation(asSup, {
    userId: rep02,
    category: 'refusing_customer',
    occurredAt: new Date(clock.now().getTime() - 24 * HOUR).toISOString(),
    description: '客户来电咨询售后，以“不是我的客户”为由推给他人',
    source: 'complaint',
    sourceRef: 'TS-DEMO-001',
  });
  await proposeSanction(asSup, {
    userId: rep02,
    kind: 'warning',
    reasons: '推诿客户，违反“任何客户都是公司的客户”（CUS-5）',
    violationIds: [refusal.id],
  });
}
