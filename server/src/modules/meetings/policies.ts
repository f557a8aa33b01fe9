import { z } from 'zod';
import { zCron } from '../../platform/jobs/schedule.js';
import { definePolicy } from '../../platform/policies/define.js';
import { vmsg } from '../../platform/validation-messages.js';

/** OPS-6 (每日9:50召开早会): when the morning meeting starts (company time); arriving after it is late (PEN-2). */
export const meetingStartTime = definePolicy({
  id: 'meeting.startTime',
  schema: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: vmsg('timeOfDay') }),
  default: '09:50',
  unit: 'text',
  label: { 'zh-CN': '早会开始时间', en: 'Morning meeting start time' },
  description: {
    'zh-CN': '每个工作日早会的开始时间（公司时区，时:分；默认 09:50）。晚于此时到会记为迟到',
    en: 'When the morning meeting starts on each working day (company time zone, HH:mm; default 09:50). Arriving after it is late',
  },
  ruleIds: ['OPS-6'],
  chapter: 'OPS',
});

/** OPS-6: when the day's meetings are prepared for every unit with reps (a cron expression, working days). */
export const meetingPrepareTime = definePolicy({
  id: 'meeting.prepareTime',
  schema: zCron,
  default: '0 8 * * *',
  unit: 'text',
  label: { 'zh-CN': '早会准备时间', en: 'Morning meeting preparation time' },
  description: {
    'zh-CN':
      '每个工作日为有销售代表的部门准备当天早会（带出前一工作日的部门日报数据和出勤名单）的时间（公司时区，cron 表达式；默认 08:00）',
    en: 'When, on each working day, the day’s morning meetings are prepared for the units with reps — the previous working day’s unit report and the attendance list (company time zone, cron expression; default 08:00)',
  },
  ruleIds: ['OPS-6'],
  chapter: 'OPS',
  systemOnly: true,
});
