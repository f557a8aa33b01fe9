import type { Db } from '../db/client.js';
import { loadModules } from '../modules/index.js';
import { closeMonth, performanceCases } from '../modules/performance-cases/index.js';
import type { Clock } from '../platform/clock.js';
import { readCompanyTimeZone } from '../platform/company-time.js';
import type { Ctx } from '../platform/context.js';
import { localDate } from '../platform/deadlines/calendar.js';
import { monthCodeOf, previousPeriod } from '../platform/periods/periods.js';

/**
 * INC-8 (demo): last month's close, as the month-close job would have run it on the first
 * working day — the reps below their demo targets get a case (those below in the months before
 * as well, a performance review), their supervisors the interview to-do. Does nothing when a
 * case exists already.
 */
export async function loadDemoCases(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const [any] = await db.select({ id: performanceCases.id }).from(performanceCases).limit(1);
  if (any) return;
  const at = clock.now();
  const month = previousPeriod(monthCodeOf(localDate(at, await readCompanyTimeZone(db, at))));
  const ctx: Ctx = {
    db,
    clock,
    actor: null,
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  await closeMonth(ctx, month);
}
