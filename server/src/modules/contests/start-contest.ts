import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { getContest } from './queries.js';
import { managedContestForUpdate } from './save-contest.js';
import type { TContestDetail } from './schemas.js';
import { contests } from './tables.js';

/** INC-9: a draft starts running — public, with its live leaderboard — unless its end date has passed. */
export async function startContest(ctx: Ctx, id: string): Promise<TContestDetail> {
  await inTx(ctx, async (tx) => {
    const before = await managedContestForUpdate(tx, ctx, id);
    if (before.status !== 'draft') throw appError('CONTEST_NOT_DRAFT');
    const at = ctx.clock.now();
    if (before.toOn < localDate(at, await readCompanyTimeZone(tx, at))) throw appError('CONTEST_ENDED');
    await tx.update(contests).set({ status: 'running', updatedAt: at }).where(eq(contests.id, id));
    await audit(tx, ctx, {
      entity: 'contest',
      entityId: id,
      action: 'contest.start',
      before: { status: before.status },
      after: { status: 'running' },
    });
  });
  return getContest(ctx, id);
}
