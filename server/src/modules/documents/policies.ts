import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { definePolicy } from '../../platform/policies/define.js';
import { documentCategories, retentionClasses } from './tables.js';

const chapter = 'DOC';
type Category = (typeof documentCategories)[number];
type Retention = (typeof retentionClasses)[number];

const categoryNames: Record<Category, Localized & { key: string; retention: Retention }> = {
  gm_report: { key: 'gmReport', 'zh-CN': '呈总经理报告', en: 'Reports to the GM', retention: 'y10' },
  company_document: {
    key: 'companyDocument',
    'zh-CN': '公司文件',
    en: 'Company documents',
    retention: 'y10',
  },
  meeting_minutes: { key: 'meetingMinutes', 'zh-CN': '会议纪要', en: 'Meeting minutes', retention: 'y3' },
  internal_ordinary: {
    key: 'internalOrdinary',
    'zh-CN': '内部资料（一般）',
    en: 'Internal materials (ordinary)',
    retention: 'y3',
  },
  internal_important: {
    key: 'internalImportant',
    'zh-CN': '内部资料（重要）',
    en: 'Internal materials (important)',
    retention: 'long_term',
  },
  activity_plan: { key: 'activityPlan', 'zh-CN': '活动方案', en: 'Activity plans', retention: 'y3' },
  disputed_contract: {
    key: 'disputedContract',
    'zh-CN': '合同争议文件',
    en: 'Disputed contract papers',
    retention: 'long_term',
  },
  aftersales_equipment: {
    key: 'aftersalesEquipment',
    'zh-CN': '售后设备档案',
    en: 'After-sales equipment documents',
    retention: 'long_term',
  },
};

/**
 * DOC-1/DOC-4: the retention class a new document of each category gets unless its keeper
 * chooses another — after-sales equipment documents and disputed contract papers long-term
 * (DOC-3, DOC-4), important internal materials long-term (DOC-1).
 */
export const retentionPolicies = Object.fromEntries(
  documentCategories.map((c) => {
    const n = categoryNames[c];
    return [
      c,
      definePolicy({
        id: `documents.retention.${n.key}`,
        schema: z.enum(retentionClasses),
        default: n.retention,
        unit: 'choice',
        label: { 'zh-CN': `保管期限：${n['zh-CN']}`, en: `Retention: ${n.en}` },
        description: {
          'zh-CN': `新归档的「${n['zh-CN']}」默认的保管期限（档案管理员可逐份调整）；期满后列入待审查，不会自动删除`,
          en: `The default retention of a new document of "${n.en}" (the keeper may choose another); when it ends the document is listed for review, never deleted`,
        },
        ruleIds: c === 'aftersales_equipment' || c === 'disputed_contract' ? ['DOC-1', 'DOC-4'] : ['DOC-1'],
        chapter,
      }),
    ];
  }),
) as Record<Category, ReturnType<typeof definePolicy<z.ZodEnum<{ [K in Retention]: K }>>>>;

/** DOC-2: a loan is due back this many days after it is asked for, unless the borrower names a date. */
export const borrowDays = definePolicy({
  id: 'documents.borrowDays',
  schema: z.number().int().min(1).max(365),
  default: 7,
  unit: 'days',
  label: { 'zh-CN': '档案借阅默认天数', en: 'Default loan period' },
  description: {
    'zh-CN': '借阅申请未填归还日期时，默认在申请日后此天数内归还',
    en: 'A borrowed document is due back this many days after the request unless the borrower names a date',
  },
  ruleIds: ['DOC-2'],
  chapter,
});

/** DOC-2: the longest loan a borrower may ask for. */
export const borrowMaxDays = definePolicy({
  id: 'documents.borrowMaxDays',
  schema: z.number().int().min(1).max(730),
  default: 30,
  unit: 'days',
  label: { 'zh-CN': '档案借阅最长天数', en: 'Longest loan period' },
  description: {
    'zh-CN': '借阅的归还日期最晚为申请日后此天数',
    en: 'A loan may be asked for at most this many days from the request',
  },
  ruleIds: ['DOC-2'],
  chapter,
});

/** DOC-2: an overdue loan goes to the borrower at once, and this many days later to their superior. */
export const borrowEscalateDays = definePolicy({
  id: 'documents.borrowEscalateDays',
  schema: z.number().int().min(0).max(60),
  default: 2,
  unit: 'days',
  label: { 'zh-CN': '借阅逾期上报天数', en: 'Overdue loan escalated after' },
  description: {
    'zh-CN': '借阅到期未还即提醒借阅人，逾期此天数后上报其直属上级',
    en: "An overdue loan is put to the borrower at once; this many days later the borrower's superior is told",
  },
  ruleIds: ['DOC-2'],
  chapter,
});

/** DOC-4: keeping an expired document longer extends it by this many years by default. */
export const retentionExtendYears = definePolicy({
  id: 'documents.retentionExtendYears',
  schema: z.number().int().min(1).max(30),
  default: 3,
  unit: 'count',
  label: { 'zh-CN': '档案续存默认年数', en: 'Default extension (years)' },
  description: {
    'zh-CN': '保管期满的档案经审查决定继续保存时，默认延长的年数',
    en: 'When an expired document is kept, its retention is extended by this many years by default',
  },
  ruleIds: ['DOC-4'],
  chapter,
});

/**
 * DOC-2/DOC-3: who approves the loan of a public or restricted document — by default the
 * keeper of the region's document room (the sales assistant), walking from the keeper.
 */
export const borrowApprovers = defineApproverChain({
  id: 'documents.borrowApprovers',
  label: { 'zh-CN': '档案借阅审批人（一般、内部）', en: 'Loan approvers (public, restricted)' },
  description: {
    'zh-CN': '公开或限制级档案的借阅依次由这些人审批（默认：档案所在大区的销售助理，即档案管理员）',
    en: "Loans of public or restricted documents are approved by these people in turn (default: the region's sales assistant, the keeper)",
  },
  ruleIds: ['DOC-2', 'DOC-3'],
  chapter,
  default: [{ kind: 'regionRole', role: 'sales_assistant' }],
});

/**
 * DOC-2/DOC-3: who approves the loan of a confidential document — the keeper, then the level
 * above the keeper.
 */
export const confidentialBorrowApprovers = defineApproverChain({
  id: 'documents.confidentialBorrowApprovers',
  label: { 'zh-CN': '档案借阅审批人（机密）', en: 'Loan approvers (confidential)' },
  description: {
    'zh-CN': '机密档案的借阅依次由这些人审批（默认：档案管理员，再由其直属上级）',
    en: "Loans of confidential documents are approved by these people in turn (default: the keeper, then the keeper's superior)",
  },
  ruleIds: ['DOC-2', 'DOC-3'],
  chapter,
  default: [{ kind: 'regionRole', role: 'sales_assistant' }, { kind: 'superior' }],
});

export const documentPolicies = [
  ...Object.values(retentionPolicies),
  borrowDays,
  borrowMaxDays,
  borrowEscalateDays,
  retentionExtendYears,
  borrowApprovers,
  confidentialBorrowApprovers,
];
