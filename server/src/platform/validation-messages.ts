import type { Localized } from './i18n/lang.js';

/**
 * Messages for our own validation rules. A schema refers to one by key
 * (`z.string().regex(re, { error: vmsg('username') })`); the error handler shows it
 * in the user's language.
 */
const messages = {
  username: {
    'zh-CN': '用户名为 3–32 位小写字母、数字、点、横线或下划线',
    en: 'Username: 3–32 lowercase letters, digits, dot, dash or underscore',
  },
  password: { 'zh-CN': '密码至少 8 位', en: 'Password: at least 8 characters' },
  required: { 'zh-CN': '必填', en: 'Required' },
  code: {
    'zh-CN': '编码为 2–40 位字母、数字、横线或下划线',
    en: 'Code: 2–40 letters, digits, dash or underscore',
  },
  phone: { 'zh-CN': '电话号码格式不正确', en: 'Invalid phone number' },
  email: { 'zh-CN': '电子邮箱格式不正确', en: 'Invalid e-mail address' },
  date: { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' },
  timeOfDay: { 'zh-CN': '时间格式应为 HH:mm（24 小时制）', en: 'Time must be HH:mm (24-hour clock)' },
  dateOrder: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  calendarRange: { 'zh-CN': '一次最多查看 45 天', en: 'At most 45 days at a time' },
  creditCode: {
    'zh-CN': '统一社会信用代码应为 18 位且校验位正确',
    en: 'Unified social credit code: 18 characters with a valid check digit',
  },
  noNul: { 'zh-CN': '不能包含空字符（NUL）', en: 'Must not contain a NUL character' },
  unicode: {
    'zh-CN': '包含无效的字符（不成对的 UTF-16 代理项）',
    en: 'Contains an invalid character (an unpaired UTF-16 surrogate)',
  },
  tooDeep: {
    'zh-CN': '嵌套层级过深（最多 32 层）',
    en: 'Nested too deeply (at most 32 levels)',
  },
  dateRange: { 'zh-CN': '日期须在 1000–9999 年之间', en: 'The date must be in the years 1000–9999' },
  clockRange: {
    'zh-CN': '业务时钟只能设在 2000 年 1 月 1 日至 2100 年 1 月 1 日之间',
    en: 'The business clock must stay between 1 January 2000 and 1 January 2100',
  },
  cron: {
    'zh-CN': '应为 5 段 cron 表达式（分 时 日 月 周），如 30 17 * * *；L 表示月末',
    en: 'A five-field cron expression (minute hour day month weekday), e.g. 30 17 * * *; L is the last day of the month',
  },
  amountFen: {
    'zh-CN': '金额以分为单位，须为不超过 15 位的非负整数',
    en: 'Amount in fen: a whole number of at most 15 digits',
  },
  month: {
    'zh-CN': '月份格式应为 YYYY-MM（2000–2100 年）',
    en: 'Month must be YYYY-MM (years 2000–2100)',
  },
  reportWeek: {
    'zh-CN': '周次格式应为 YYYY-Www（ISO 周，如 2026-W12）',
    en: 'Week must be YYYY-Www (an ISO week, e.g. 2026-W12)',
  },
  reportPeriod: {
    'zh-CN': '期间应为月份 YYYY-MM 或周次 YYYY-Www',
    en: 'Period must be a month YYYY-MM or a week YYYY-Www',
  },
  planPeriod: {
    'zh-CN': '期间格式应为 YYYY（全年）或 YYYY-MM（某月），2000–2100 年',
    en: 'Period must be YYYY (a year) or YYYY-MM (a month), years 2000–2100',
  },
  period: {
    'zh-CN': '期间格式应为 2026、2026-Q1、2026-03 或 2026-W05（2000–2100 年）',
    en: 'Period must be 2026, 2026-Q1, 2026-03 or 2026-W05 (years 2000–2100)',
  },
  subject: {
    'zh-CN': '对象应为 user:<编号> 或 unit:<编号>，最多 100 个，以逗号分隔',
    en: 'Subjects are user:<id> or unit:<id>, at most 100, separated by commas',
  },
  plannedHours: {
    'zh-CN': '时数为 0.1–24 小时，最多一位小数（如 1.5）',
    en: 'Hours: 0.1–24, at most one decimal place (e.g. 1.5)',
  },
  cursor: {
    'zh-CN': '翻页位置无效，请从第一页重新浏览',
    en: 'Invalid page position; start again from the first page',
  },
  year: { 'zh-CN': '年份须为 2000–2100 之间的整数', en: 'Year: a whole number from 2000 to 2100' },
  targetValue: {
    'zh-CN': '目标值须为不超过 15 位的非负整数（金额以分为单位）',
    en: 'Target: a whole number of at most 15 digits (amounts in fen)',
  },
  weight: { 'zh-CN': '权重须为 0–1,000,000 的整数', en: 'Weight: a whole number from 0 to 1,000,000' },
  targetCategory: {
    'zh-CN': '只有销售数量目标可按产品类别设定，类别须为有效的类别编号',
    en: 'Only a volume target may name a product category, by a valid category id',
  },
  deepPage: {
    'zh-CN': '页码过大：请用“下一页”继续浏览',
    en: 'Page too far: continue with "Next page"',
  },
  periodCode: {
    'zh-CN': '期间格式应为 2026、2026-Q1、2026-03 或 2026-W05（2000–2100 年）',
    en: 'Period must be 2026, 2026-Q1, 2026-03 or 2026-W05 (years 2000–2100)',
  },
  commissionTiers: {
    'zh-CN': '提成档位至少一档：第一档从 0% 起，各档起点依次递增，费率 0–100%',
    en: 'At least one tier: the first from 0%, each start above the one before, rates 0–100%',
  },
  trainingTrainer: {
    'zh-CN': '请选择讲师或填写外部讲师姓名',
    en: 'Choose a trainer or give an outside trainer’s name',
  },
  endsAfterStart: { 'zh-CN': '结束时间须晚于开始时间', en: 'The end must be after the start' },
  trainingAudience: { 'zh-CN': '请选择培训对象（部门或人员）', en: 'Choose the audience (units or people)' },
  trainingResult: { 'zh-CN': '请填写分数或是否合格', en: 'Give a score or pass / fail' },
} satisfies Record<string, Localized>;

export type ValidationMessageKey = keyof typeof messages;
const PREFIX = 'vmsg:';

export function vmsg(key: ValidationMessageKey): string {
  return PREFIX + key;
}

/** The message itself, for a field error raised in a use case rather than a schema. */
export function validationMessage(key: ValidationMessageKey): Localized {
  return messages[key];
}

export function resolveValidationMessage(message: string | undefined): Localized | undefined {
  if (!message?.startsWith(PREFIX)) return undefined;
  return messages[message.slice(PREFIX.length) as ValidationMessageKey];
}
