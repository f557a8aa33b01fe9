import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { generateDayReports } from '../modules/daily-reports/index.js';
import { ensureMeeting, previousWorkingDay } from '../modules/meetings/index.js';
import type { Clock } from '../platform/clock.js';
import { readCompanyTimeZone } from '../platform/company-time.js';
import { type Ctx, inTx } from '../platform/context.js';
import { localDate } from '../platform/deadlines/calendar.js';
import { units } from '../platform/org/tables.js';

/**
 * OPS-2/OPS-6: the east teams' daily reports of the previous working day (generated from the demo
 * company's records) and today's morning meeting of 华东一组, not yet hosted — so the pages are not
 * empty on first start.
 */
export async function loadDemoRhythm(db: Db, clock: Clock): Promise<void> {
  const ctx: Ctx = {
    db,
    clock,
    actor: null,
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  const now = clock.now();
  const today = localDate(now, await readCompanyTimeZone(db, now));
  const east = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.code, ['EAST-T1', 'EAST-T2']));
  await inTx(ctx, async (tx) => {
    await generateDayReports(tx, ctx, { day: previousWorkingDay(today), unitIds: east.map((u) => u.id) });
    const team = east.find((u) => u.code === 'EAST-T1');
    if (team) await ensureMeeting(tx, ctx, { unitId: team.id, day: today, hostId: null });
  });
}
