import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'ORG';
const fen = z.number().int().min(0).max(1_000_000_000_000);

/** Above this amount a general request also goes to the sales director. */
export const directorThresholdFen = definePolicy({
  id: 'requests.directorThresholdFen',
  schema: fen,
  default: 5_000_000,
  unit: 'fen',
  label: { 'zh-CN': '通用申请：需总监审批的金额', en: 'General request: amount needing the director' },
  description: {
    'zh-CN': '通用申请金额高于此值时，在直属上级和销售经理之后还须销售总监审批（逐级审批，ORG-3）',
    en: 'Above this amount a general request also needs the sales director, after the superior and the sales manager (ORG-3)',
  },
  ruleIds: ['ORG-3'],
  chapter,
});

/** Above this amount a general request also goes to the general manager. */
export const gmThresholdFen = definePolicy({
  id: 'requests.gmThresholdFen',
  schema: fen,
  default: 20_000_000,
  unit: 'fen',
  label: { 'zh-CN': '通用申请：需总经理审批的金额', en: 'General request: amount needing the GM' },
  description: {
    'zh-CN': '通用申请金额高于此值时，最后还须总经理审批',
    en: 'Above this amount a general request finally also needs the general manager',
  },
  ruleIds: ['ORG-3'],
  chapter,
});

/**
 * ORG-3: who approves a general request: the direct superior, the nearest sales manager; above the
 * director threshold the sales director; above the GM threshold the GM.
 */
export const requestApprovers = defineApproverChain({
  id: 'requests.approvers',
  label: { 'zh-CN': '通用申请审批人', en: 'General request approvers' },
  description: {
    'zh-CN':
      '通用申请依次由这些人审批（默认：直属上级、最近的销售经理；超过总监金额加销售总监；超过总经理金额加总经理）',
    en: 'A general request is approved by these people in turn (default: the direct superior, the nearest sales manager; above the director amount the sales director; above the GM amount the GM)',
  },
  ruleIds: ['ORG-3'],
  chapter,
  default: [
    { kind: 'superior' },
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'nearestRole', role: 'sales_director', when: { amountAbove: directorThresholdFen.id } },
    { kind: 'role', role: 'gm', when: { amountAbove: gmThresholdFen.id } },
  ],
  amountAbove: [directorThresholdFen, gmThresholdFen],
});
