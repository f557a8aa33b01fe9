import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { roles } from '../../platform/access/tables.js';
import { zCron } from '../../platform/jobs/schedule.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'OPS';
const ZRoleCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/**
 * OPS-4 (统计…上报经理): who receives the monthly statistics report. Each active holder of one of
 * these roles gets the report of their own unit (it covers the unit and every unit below it);
 * read per unit, so a region may name others for its units (ORG-7).
 */
export const monthlyRecipients = definePolicy({
  id: 'stats.monthlyRecipients',
  schema: z.array(ZRoleCode).min(1).max(10),
  default: ['sales_manager'],
  unit: 'roles',
  label: { 'zh-CN': '月度统计报表接收人', en: 'Who receives the monthly statistics report' },
  description: {
    'zh-CN':
      '每月第一个工作日生成上月统计报表（销售量、客户来访量、咨询电话量、回款等），持有这些角色的人收到本部门（含下级）的报表并在待办中作分析（默认：销售经理）',
    en: 'On the first working day of each month last month’s statistics report (volume, visits, inquiry calls, collections …) is generated; holders of these roles receive their own unit’s report (with the units below it) and analyse it from their to-dos (default: the sales manager)',
  },
  ruleIds: ['OPS-4'],
  chapter,
  async check(db, value) {
    const known = new Set(
      (await db.select({ code: roles.code }).from(roles).where(inArray(roles.code, value))).map(
        (r) => r.code,
      ),
    );
    const bad = value.filter((c) => !known.has(c));
    if (bad.length === 0) return null;
    return { value: { 'zh-CN': `没有角色「${bad.join('、')}」`, en: `No role "${bad.join('", "')}"` } };
  },
});

/**
 * OPS-4: when, on a working day, the monthly statistics job looks for last month's reports still
 * to generate (company time zone). It runs on working days only, so the first run of a month is
 * on its first working day; later runs find the reports made and do nothing.
 */
export const monthlyRunTime = definePolicy({
  id: 'stats.monthlyRunTime',
  schema: zCron,
  default: '30 7 * * *',
  unit: 'text',
  label: { 'zh-CN': '月度统计报表生成时间', en: 'Monthly statistics report run time' },
  description: {
    'zh-CN':
      '每个工作日检查并生成上月统计报表的时间（公司时区，cron 表达式：分 时 日 月 周；默认 07:30，只在工作日运行，因此每月第一个工作日生成）',
    en: 'When, on each working day, last month’s statistics reports still missing are generated (company time zone; cron expression: minute hour day month weekday; default 07:30, working days only, so they come on the first working day of the month)',
  },
  ruleIds: ['OPS-4'],
  chapter,
  systemOnly: true,
});
