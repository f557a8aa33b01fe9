import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { awardPoints } from '../points/index.js';
import { moneyMetrics } from '../targets/index.js';
import { contestLink, contestResultEvent } from './events.js';
import { countedTo, leaderboardOf } from './leaderboard.js';
import { type FrozenResults, getContest } from './queries.js';
import { managedContestForUpdate } from './save-contest.js';
import type { TContestDetail } from './schemas.js';
import { contests } from './tables.js';

type ContestRow = typeof contests.$inferSelect;

/**
 * INC-9 (销售竞赛和表彰): closes a running contest in the caller's transaction (the row locked):
 * the leaderboard frozen as it stands, the results announced to every participant, and each
 * winner's extra points awarded through the points ledger (once per contest and person, eventKey
 * `contest:<id>:<user>`). A contest not running changes nothing (false): closing twice announces
 * and awards once.
 */
export async function closeLocked(tx: Tx, ctx: Ctx, c: ContestRow): Promise<boolean> {
  if (c.status !== 'running') return false;
  const at = ctx.clock.now();
  const leaderboard = await leaderboardOf(tx, c, at);
  const results: FrozenResults = { countedTo: await countedTo(tx, c, at), leaderboard };
  await tx
    .update(contests)
    .set({ status: 'closed', results, closedAt: at, announcedAt: at, updatedAt: at })
    .where(eq(contests.id, c.id));
  await audit(tx, ctx, {
    entity: 'contest',
    entityId: c.id,
    action: 'contest.close',
    before: { status: c.status },
    after: { status: 'closed', results },
  });
  const winners = leaderboard.filter((e) => e.winner);
  if (c.winnerPoints > 0) {
    for (const w of winners) {
      await awardPoints(tx, ctx, {
        userId: w.user.id,
        rule: 'other_contribution',
        points: BigInt(c.winnerPoints),
        eventKey: `contest:${c.id}:${w.user.id}`,
        refType: 'contest',
        refId: c.id,
        memo: {
          'zh-CN': `销售竞赛「${c.name}」第 ${w.rank} 名`,
          en: `Sales contest "${c.name}": place ${w.rank}`,
        },
      });
    }
  }
  const figure = (v: string) => (moneyMetrics.includes(c.metric) ? moneyText(BigInt(v)) : v);
  const names = winners.map((w) => `${w.user.displayName}（${figure(w.value)}）`).join('、');
  const namesEn = winners.map((w) => `${w.user.displayName} (${figure(w.value)})`).join(', ');
  for (const e of leaderboard) {
    await notify(tx, ctx, {
      userId: e.user.id,
      event: contestResultEvent.key,
      title: {
        'zh-CN': `销售竞赛「${c.name}」结果公布：您排名第 ${e.rank}`,
        en: `Sales contest "${c.name}" results: you placed ${e.rank}`,
      },
      body: {
        'zh-CN': winners.length > 0 ? `获胜：${names}` : '本次竞赛无获胜者',
        en: winners.length > 0 ? `Winners: ${namesEn}` : 'No winners this time',
      },
      subjectType: 'contest',
      subjectId: c.id,
      link: contestLink(c.id),
    });
  }
  return true;
}

/** INC-9: the organizer closes a running contest now (before or after its end date). */
export async function closeContest(ctx: Ctx, id: string): Promise<TContestDetail> {
  await inTx(ctx, async (tx) => {
    const c = await managedContestForUpdate(tx, ctx, id);
    if (!(await closeLocked(tx, ctx, c))) throw appError('CONTEST_NOT_RUNNING');
  });
  return getContest(ctx, id);
}

/** INC-9: the daily close — every running contest whose end date has passed, each in its own transaction. */
export async function closeEndedContests(ctx: Ctx): Promise<{ closed: number }> {
  const at = ctx.clock.now();
  const today = localDate(at, await readCompanyTimeZone(ctx.db, at));
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id::text as id from contests where status = 'running' and to_on < ${today}::date order by to_on, id`,
  );
  let closed = 0;
  for (const { id } of due) {
    const done = await inTx(ctx, async (tx) => {
      const [c] = await tx.select().from(contests).where(eq(contests.id, id)).for('update');
      return c ? closeLocked(tx, ctx, c) : false;
    });
    if (done) closed += 1;
  }
  return { closed };
}
