import type { Db } from '../db/client.js';
import { saveSummary } from '../modules/supervision/save-summary.js';
import { createTrip } from '../modules/visits/trips/create-trip.js';
import { reviewLog } from '../modules/worklogs/review-log.js';
import { saveMyLog } from '../modules/worklogs/save-log.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { addLocalDays, isWorkingDay, localDate } from '../platform/deadlines/calendar.js';
import { monthCodeOf, previousPeriod } from '../platform/periods/periods.js';
import { userIdByUsername } from './load-demo.js';

const TZ = 'Asia/Shanghai';

/**
 * OPS-1/OPS-7: a little of the daily rhythm so the pages are not empty on first start — the last
 * working day's logs of rep01 (approved) and rep02 (returned with a comment), a trip of rep03 from
 * tomorrow, and sup_east1's summary of last month submitted to the manager. Through the use cases,
 * so audit rows, due items and notices are what real work leaves.
 */
export async function loadDemoWorklogs(db: Db, clock: Clock): Promise<void> {
  const as = async (username: string): Promise<Ctx> => ({
    db,
    clock,
    actor: await loadActor(db, await userIdByUsername(db, username)),
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  });
  const today = localDate(clock.now(), TZ);
  let lastWorkingDay = addLocalDays(today, -1);
  while (!isWorkingDay(lastWorkingDay)) lastWorkingDay = addLocalDays(lastWorkingDay, -1);
  const log = (done: string) => ({
    done,
    customerOpinions: '客户关注交期和售后响应速度',
    problems: '样品库存不足',
    tomorrowPlan: '跟进报价，拜访一家新客户',
    reason: null,
  });
  const rep01 = await saveMyLog(
    await as('rep01'),
    lastWorkingDay,
    log('1. 拜访老客户，确认季度订单\n2. 电话跟进两家意向客户'),
    true,
  );
  const rep02 = await saveMyLog(await as('rep02'), lastWorkingDay, log('1. 整理客户资料'), true);
  const sup = await as('sup_east1');
  await reviewLog(sup, rep01.id, { verdict: 'approved', comment: null });
  await reviewLog(sup, rep02.id, { verdict: 'returned', comment: '请写明当天拜访了哪些客户、客户的意见' });
  await createTrip(await as('rep03'), {
    departsOn: addLocalDays(today, 1),
    returnsOn: addLocalDays(today, 3),
    destination: '苏州',
    purpose: '拜访苏州工业园区的重点客户',
  });
  await saveSummary(
    sup,
    previousPeriod(monthCodeOf(today)),
    {
      results: '华东一组本月签约与回款基本达成目标；新客户开发偏慢',
      problems: '新客户开发不足，部分老客户回款拖延',
      nextPlan: '每人每周新增一家意向客户；逾期回款逐户跟进',
    },
    true,
  );
}
