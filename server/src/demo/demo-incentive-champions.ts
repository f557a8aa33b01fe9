import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { contestParticipants, contests } from '../modules/contests/tables.js';
import type { Clock } from '../platform/clock.js';
import { localDate } from '../platform/deadlines/calendar.js';
import { companyTimeZone } from '../platform/deadlines/policies.js';
import { units, users } from '../platform/org/tables.js';
import { period } from '../platform/periods/periods.js';
import { readPolicy } from '../platform/policies/read.js';

/**
 * INC-9: the demo company's running contest — the east region's collections this month, run by
 * the regional manager: every salesperson of 华东大区 on the leaderboard, the top three winning
 * extra points. Once: skipped when the region already has a contest.
 */
export async function loadDemoIncentives(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  const month = period(localDate(now, await readPolicy(db, companyTimeZone, now)).slice(0, 7));
  const [east] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'EAST'));
  const [rm] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'rm_east'));
  if (!east || !rm) return;
  const [existing] = await db
    .select({ id: contests.id })
    .from(contests)
    .where(eq(contests.unitId, east.id))
    .limit(1);
  if (existing) return;
  const [contest] = await db
    .insert(contests)
    .values({
      name: '华东大区本月回款竞赛',
      description: '本月华东大区全体销售人员比拼已确认回款，前三名获额外积分，冠军另获购物卡。',
      fromOn: month.from,
      toOn: month.to,
      metric: 'collected_amount',
      prize: '冠军：¥2,000 购物卡；前三名各 200 额外积分',
      winnerCount: 3,
      winnerPoints: 200,
      status: 'running',
      organizerId: rm.id,
      unitId: east.id,
      createdBy: rm.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: contests.id });
  await db.insert(contestParticipants).values({ contestId: contest!.id, kind: 'unit', unitId: east.id });
}
