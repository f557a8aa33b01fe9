import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'OPS';
/** A time of day on the company's wall clock, `HH:mm`. */
export const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** OPS-3: when, each working day, the day's summary is assembled for the unit's assistant. */
export const assembleTime = definePolicy({
  id: 'daySummary.assembleTime',
  schema: ZTimeOfDay,
  default: '17:30',
  unit: 'text',
  label: { 'zh-CN': '日终汇总生成时间', en: 'End-of-day summary assembled at' },
  description: {
    'zh-CN':
      '每个工作日到该时间（公司时区，时:分）为设有销售助理的部门汇总当天的订单、业务员和客户的意见及工作日志，交助理审阅发送',
    en: 'At this time each working day (company time zone, HH:mm) the day’s orders, reps’ and customers’ opinions and work logs of each unit with an assistant are assembled for the assistant to review and send',
  },
  ruleIds: ['OPS-3'],
  chapter,
});

/** OPS-3: by when the assistant sends the day's summary; past it their superior is told. */
export const sendBy = definePolicy({
  id: 'daySummary.sendBy',
  schema: ZTimeOfDay,
  default: '19:00',
  unit: 'text',
  label: { 'zh-CN': '日终汇总发送期限', en: 'End-of-day summary to be sent by' },
  description: {
    'zh-CN': '助理须在当天该时间前（公司时区，时:分）发出日终汇总；逾期未发通知其上级',
    en: 'The assistant sends the end-of-day summary by this time of the day (company time zone, HH:mm); past it their superior is told',
  },
  ruleIds: ['OPS-3'],
  chapter,
});

/**
 * OPS-3: who receives the summary, relative to the assistant: the general manager and the
 * nearest sales manager up the assistant's chain.
 */
export const recipients = defineApproverChain({
  id: 'daySummary.recipients',
  label: { 'zh-CN': '日终汇总收件人', en: 'End-of-day summary recipients' },
  description: {
    'zh-CN': '日终汇总以邮件发送给这些人（相对于助理；默认：总经理，以及助理上级链中最近的销售经理）',
    en: 'The end-of-day summary is mailed to these people, relative to the assistant (default: the general manager and the nearest sales manager above the assistant)',
  },
  ruleIds: ['OPS-3'],
  chapter,
  default: [
    { kind: 'role', role: 'gm' },
    { kind: 'nearestRole', role: 'sales_manager' },
  ],
});
