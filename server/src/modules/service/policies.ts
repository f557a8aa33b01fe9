import { z } from 'zod';
import type { Localized } from '../../platform/i18n/lang.js';
import { definePolicy, type PolicyDef } from '../../platform/policies/define.js';
import type { TicketPriority, TicketType } from './tables.js';

const chapter = 'SVC';
const hours = z
  .number()
  .int()
  .min(1)
  .max(90 * 24);
const byPriority = z.object({ low: hours, normal: hours, high: hours, urgent: hours });
type ByPriority = z.infer<typeof byPriority>;

const typeWords: Record<TicketType, Localized> = {
  question: { 'zh-CN': '咨询', en: 'question' },
  installation: { 'zh-CN': '安装', en: 'installation' },
  repair: { 'zh-CN': '维修', en: 'repair' },
  return: { 'zh-CN': '退换货', en: 'return/exchange' },
  complaint: { 'zh-CN': '投诉', en: 'complaint' },
};

/** Hours to the first response (leaving 新建), per ticket type and priority. */
const responseDefaults: Record<TicketType, ByPriority> = {
  question: { low: 24, normal: 8, high: 4, urgent: 2 },
  installation: { low: 24, normal: 8, high: 4, urgent: 2 },
  repair: { low: 24, normal: 8, high: 4, urgent: 1 },
  return: { low: 24, normal: 8, high: 4, urgent: 2 },
  complaint: { low: 8, normal: 4, high: 2, urgent: 1 },
};
/** Hours to resolution, per ticket type and priority. */
const resolutionDefaults: Record<TicketType, ByPriority> = {
  question: { low: 72, normal: 48, high: 24, urgent: 8 },
  installation: { low: 120, normal: 72, high: 48, urgent: 24 },
  repair: { low: 120, normal: 72, high: 48, urgent: 24 },
  return: { low: 168, normal: 120, high: 72, urgent: 48 },
  complaint: { low: 72, normal: 48, high: 24, urgent: 12 },
};

const types = Object.keys(typeWords) as TicketType[];

function perType(kind: 'response' | 'resolution', type: TicketType): PolicyDef<typeof byPriority> {
  const w = typeWords[type];
  return definePolicy({
    id: `service.${kind}Hours.${type}`,
    schema: byPriority,
    default: (kind === 'response' ? responseDefaults : resolutionDefaults)[type],
    unit: 'hours',
    label:
      kind === 'response'
        ? { 'zh-CN': `${w['zh-CN']}工单响应时限`, en: `Response time, ${w.en} tickets` }
        : { 'zh-CN': `${w['zh-CN']}工单解决时限`, en: `Resolution time, ${w.en} tickets` },
    description:
      kind === 'response'
        ? {
            'zh-CN': `${w['zh-CN']}类服务工单从新建到首次响应（开始处理或等待客户）的小时数，按优先级（低、普通、高、紧急）`,
            en: `Hours from opening a ${w.en} ticket to its first response (work started or waiting for the customer), by priority (low, normal, high, urgent)`,
          }
        : {
            'zh-CN': `${w['zh-CN']}类服务工单从新建到解决的小时数，按优先级（低、普通、高、紧急）；逾期按升级阶梯提醒处理人及其上级`,
            en: `Hours from opening a ${w.en} ticket to its resolution, by priority (low, normal, high, urgent); when missed the owner and then their superiors are told`,
          },
    ruleIds: ['SVC-1'],
    chapter,
  });
}

/** SVC-1: response hours per type (one policy per type, hours per priority). */
export const responseHours = Object.fromEntries(types.map((t) => [t, perType('response', t)])) as Record<
  TicketType,
  PolicyDef<typeof byPriority>
>;
/** SVC-1: resolution hours per type (one policy per type, hours per priority). */
export const resolutionHours = Object.fromEntries(types.map((t) => [t, perType('resolution', t)])) as Record<
  TicketType,
  PolicyDef<typeof byPriority>
>;

/** SVC-1: hours after a missed deadline at which the owner's superior is told. */
export const superiorAfterHours = definePolicy({
  id: 'service.superiorAfterHours',
  schema: z
    .number()
    .int()
    .min(0)
    .max(30 * 24),
  default: 4,
  unit: 'hours',
  label: { 'zh-CN': '工单逾期告知上级', en: 'Overdue ticket: tell the superior after' },
  description: {
    'zh-CN':
      '服务工单响应或解决逾期时先提醒处理人；逾期达到此小时数后告知处理人的直接上级（0 表示逾期即告知）',
    en: "A missed response or resolution deadline first reminds the owner; this many hours later the owner's direct superior is told (0 = at once)",
  },
  ruleIds: ['SVC-1', 'ORG-3'],
  chapter,
});

/** SVC-1: hours after a missed deadline at which the next level up is told. */
export const nextLevelAfterHours = definePolicy({
  id: 'service.nextLevelAfterHours',
  schema: z
    .number()
    .int()
    .min(1)
    .max(60 * 24),
  default: 24,
  unit: 'hours',
  label: { 'zh-CN': '工单逾期逐级上报', en: 'Overdue ticket: next level up after' },
  description: {
    'zh-CN': '服务工单逾期达到此小时数仍未处理完的，告知处理人上级的上级（逐级上报）',
    en: "A ticket still overdue this many hours after its deadline is reported to the owner's superior's superior (one level at a time)",
  },
  ruleIds: ['SVC-1', 'ORG-3'],
  chapter,
});

export const servicePolicies: PolicyDef[] = [
  ...Object.values(responseHours),
  ...Object.values(resolutionHours),
  superiorAfterHours,
  nextLevelAfterHours,
];

export type { TicketPriority };
