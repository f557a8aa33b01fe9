import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { zCron } from '../../platform/jobs/schedule.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'INC';

/**
 * INC-1/AR-4: what commission is earned on — signed (signed and verified contracts) or collected
 * (payments confirmed by finance). Only confirmed money ever counts.
 */
export const commissionBasis = definePolicy({
  id: 'commission.basis',
  schema: z.enum(['signed', 'collected']),
  default: 'collected',
  unit: 'choice',
  label: { 'zh-CN': '提成计算口径', en: 'Commission basis' },
  description: {
    'zh-CN': '签约：按已签订并经复核的合同金额计提成；回款：按财务确认到账的回款计提成。只计已确认的记录',
    en: 'signed: commission on signed and verified contracts; collected: on payments confirmed by finance. Only confirmed records count',
  },
  ruleIds: ['INC-1', 'AR-4'],
  chapter,
});

/** INC-1: who approves a commission plan and each new version — the general manager by default. */
export const planApprovers = defineApproverChain({
  id: 'commission.planApprovers',
  label: { 'zh-CN': '提成方案审批人', en: 'Commission plan approvers' },
  description: {
    'zh-CN': '提成方案及其新版本依次由这些人审批（默认：总经理）',
    en: 'A commission plan and each new version are approved by these people in turn (default: the general manager)',
  },
  ruleIds: ['INC-1'],
  chapter,
  default: [{ kind: 'role', role: 'gm' }],
});

/**
 * INC-1/ORG-3: who reviews and approves a commission statement the person submits — their
 * direct superior (the supervisor reviews), then the nearest sales manager up the chain approves.
 */
export const statementApprovers = defineApproverChain({
  id: 'commission.statementApprovers',
  label: { 'zh-CN': '提成结算单审批人', en: 'Commission statement approvers' },
  description: {
    'zh-CN':
      '提成结算单由本人提交后依次由这些人审核审批（默认：直属上级审核，再由上级链中最近的销售经理审批）',
    en: 'A commission statement the person submits is reviewed and approved by these people in turn (default: the direct superior reviews, then the nearest sales manager up the chain approves)',
  },
  ruleIds: ['INC-1', 'ORG-3'],
  chapter,
  default: [{ kind: 'superior' }, { kind: 'nearestRole', role: 'sales_manager' }],
});

/**
 * INC-1: when, on each working day, last month's missing commission statements are generated as
 * drafts (company time zone, cron; working days only, so they come on the first working day of
 * the month and later runs add only people still missing one).
 */
export const statementRunTime = definePolicy({
  id: 'commission.statementRunTime',
  schema: zCron,
  default: '0 8 * * *',
  unit: 'text',
  label: { 'zh-CN': '提成结算单生成时间', en: 'Commission statement run time' },
  description: {
    'zh-CN':
      '每个工作日检查并生成上月尚未生成的提成结算单草稿的时间（公司时区，cron 表达式：分 时 日 月 周；默认 08:00，只在工作日运行，因此每月第一个工作日生成）',
    en: 'When, on each working day, last month’s commission statements still missing are generated as drafts (company time zone; cron expression: minute hour day month weekday; default 08:00, working days only, so they come on the first working day of the month)',
  },
  ruleIds: ['INC-1'],
  chapter,
  systemOnly: true,
});
