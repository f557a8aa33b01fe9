import { zCron } from '../../platform/jobs/schedule.js';
import { definePolicy } from '../../platform/policies/define.js';

/**
 * OPS-2: when, on each working day, the day's sales reports are generated for every rep and unit
 * (company time zone; a cron expression). Until the day is over a report may be generated again
 * on demand; after it, it is archived as it stands.
 */
export const generateTime = definePolicy({
  id: 'dailyReport.generateTime',
  schema: zCron,
  default: '0 18 * * *',
  unit: 'text',
  label: { 'zh-CN': '销售日报生成时间', en: 'Daily sales report time' },
  description: {
    'zh-CN':
      '每个工作日生成当天销售日报表（每位销售代表及每个部门）的时间（公司时区，cron 表达式：分 时 日 月 周；默认 18:00，只在工作日运行）。当天内可随时重新生成，次日起归档只读',
    en: 'When, on each working day, the day’s sales reports (each rep and each unit) are generated (company time zone; cron expression: minute hour day month weekday; default 18:00, working days only). They may be generated again during the day; from the next day they are archived, read-only',
  },
  ruleIds: ['OPS-2'],
  chapter: 'OPS',
  systemOnly: true,
});
