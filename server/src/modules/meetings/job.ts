import { readCompanyTimeZone } from '../../platform/company-time.js';
import { inTx } from '../../platform/context.js';
import { isWorkingDay, localDate } from '../../platform/deadlines/calendar.js';
import { defineJob } from '../../platform/jobs/registry.js';
import { unitsWithReps } from '../daily-reports/index.js';
import { ensureMeeting } from './open-meeting.js';
import { meetingPrepareTime } from './policies.js';

/** OPS-6: on working days at the policy's time, the day's morning meeting of every unit with reps. */
export const meetingPrepareJob = defineJob({
  name: 'meetings.prepare',
  label: { 'zh-CN': '准备当天早会', en: 'Today’s morning meetings' },
  summary: { made: { 'zh-CN': '准备早会 {{value}} 场', en: '{{value}} meetings prepared' } },
  schedule: { policy: meetingPrepareTime, workingDaysOnly: true },
  run: async (ctx) => {
    const day = localDate(ctx.tickAt, await readCompanyTimeZone(ctx.db, ctx.tickAt));
    if (!isWorkingDay(day)) return 'made=0';
    let made = 0;
    for (const unitId of await unitsWithReps(ctx.db)) {
      const r = await inTx(ctx, (tx) => ensureMeeting(tx, ctx, { unitId, day, hostId: null }));
      if (r.made) made += 1;
    }
    return `made=${made}`;
  },
});
