import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { loadModules } from '../modules/index.js';
import {
  awardBasicForPayment,
  awardClosedMonth,
  POINT_AWARD_DOC,
  proposeAward,
} from '../modules/points/index.js';
import { pointAwardRequests } from '../modules/points/tables.js';
import { payments } from '../modules/receivables/index.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { localDate } from '../platform/deadlines/calendar.js';
import { companyTimeZone } from '../platform/deadlines/policies.js';
import { monthCodeOf, previousPeriod } from '../platform/periods/periods.js';
import { readPolicy } from '../platform/policies/read.js';
import { DemoTimeline } from './demo-money-kit.js';
import { userIdByUsername } from './load-demo.js';

/** A system context whose clock shows a moment of the demo's past. */
const systemAt = (db: Db, at: Date): Ctx => ({
  db,
  clock: { now: () => at },
  actor: null,
  requestId: 'demo-load',
  ip: null,
  userAgent: null,
  lang: 'zh-CN',
});

/** INC-4: manual awards of the demo story — proposed by the supervisor, approved by the manager. */
const manual = [
  {
    person: 'rep01',
    by: 'sup_east1',
    rule: 'other_contribution',
    daysAgo: 170,
    reason: '带新人熟悉产品线，新人季度考核通过',
  },
  {
    person: 'rep01',
    by: 'sup_east1',
    rule: 'other_contribution',
    daysAgo: 30,
    reason: '为客户现场讲解设备验收要点，协助验收一次通过',
  },
  {
    person: 'rep02',
    by: 'sup_east1',
    rule: 'other_contribution',
    daysAgo: 60,
    reason: '协助仓库按区域整理送货路线',
  },
  { person: 'rep04', by: 'sup_east2', rule: 'other_contribution', daysAgo: 20, reason: '协助整理客户档案' },
] as const;

/**
 * The demo's points (INC-2 … INC-5): basic points for every confirmed payment — the award the
 * confirmation makes, run again as of its confirmation (idempotent per payment) — a few manual
 * extra awards through their approval (one of rep01's expiring within the month), and last
 * month's close. Rerunning awards nothing twice.
 */
export async function loadDemoPoints(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const confirmed = await db
    .select()
    .from(payments)
    .where(
      and(eq(payments.status, 'confirmed'), eq(payments.kind, 'receipt'), isNotNull(payments.confirmedAt)),
    );
  for (const p of confirmed) {
    const ctx = systemAt(db, p.confirmedAt!);
    await db.transaction((tx) => awardBasicForPayment(tx, ctx, p));
  }
  const [any] = await db.select({ id: pointAwardRequests.id }).from(pointAwardRequests).limit(1);
  if (!any) {
    const tl = await DemoTimeline.start(db, clock);
    for (const m of manual) {
      tl.at(m.daysAgo, 2, async () => {
        const req = await proposeAward(await tl.ctx(m.by), {
          userId: await userIdByUsername(db, m.person),
          rule: m.rule,
          reason: m.reason,
        });
        tl.later(90);
        await tl.approveAll(POINT_AWARD_DOC, req.id);
      });
    }
    await tl.run();
  }
  const now = clock.now();
  const month = previousPeriod(monthCodeOf(localDate(now, await readPolicy(db, companyTimeZone, now))));
  await awardClosedMonth(systemAt(db, now), month);
}
