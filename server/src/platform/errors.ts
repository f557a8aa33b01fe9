import type { Lang, Localized } from './i18n/lang.js';

/** One error code's HTTP status and its message in each language (`{name}` placeholders allowed). */
export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
}

/**
 * Every error code `appError` accepts. The platform's codes are below; each module adds its
 * own from its `errors.ts` by merging into this interface, so the union is one typed set and a
 * typo does not compile.
 */
export interface ErrorCatalogue extends CodesOf<typeof platformErrors> {}

/** The interface a module's catalogue merges into `ErrorCatalogue`. */
export type CodesOf<T> = { readonly [K in keyof T]: true };

export type ErrorCode = keyof ErrorCatalogue & string;

/** A catalogue of codes, checked: SCREAMING_SNAKE codes, a status, both messages. */
export function defineErrors<const T extends Record<string, ErrorEntry>>(defs: T): T {
  for (const [code, e] of Object.entries(defs)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw new Error(`error code ${code}: not SCREAMING_SNAKE`);
    if (!e.zh || !e.en) throw new Error(`error code ${code}: a zh-CN and an en message are needed`);
  }
  return defs;
}

/** Stable error codes of the platform: clients switch on the code, people read the message. */
export const platformErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  BAD_REQUEST: { status: 400, zh: '请求无效', en: 'The request is invalid' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You do not have permission for this' },
  NOT_FOUND: { status: 404, zh: '记录不存在或无权查看', en: 'Not found' },
  CONFLICT: { status: 409, zh: '记录已被修改，请刷新后重试', en: 'The record changed; reload and try again' },
  SUPERIOR_SELF: { status: 422, zh: '不能把自己设为自己的上级', en: 'A user cannot be their own superior' },
  SUPERIOR_CYCLE: {
    status: 422,
    zh: '上级关系不能形成循环：所选上级是该用户的下属',
    en: 'That superior reports to this user; the chain would loop',
  },
  SUPERIOR_REQUIRED: {
    status: 422,
    zh: '每个人必须有且只有一个直接上级（仅最高负责人除外）',
    en: 'Everyone but the top person needs exactly one direct superior',
  },
  SUPERIOR_INACTIVE: { status: 422, zh: '所选上级已停用', en: 'The chosen superior is disabled' },
  TOP_EXISTS: {
    status: 422,
    zh: '已有最高负责人，其他人必须有上级',
    en: 'There is already a top person; everyone else needs a superior',
  },
  POLICY_UNKNOWN: { status: 404, zh: '没有这项制度参数', en: 'No such policy' },
  POLICY_OVERRIDE_REGION_ONLY: {
    status: 422,
    zh: '只有大区可以制定本地实施细则（覆盖制度参数）',
    en: 'Only a region may override a policy',
  },
  RECORD_LOCKED_PENDING_APPROVAL: {
    status: 423,
    zh: '该记录正在审批中，审批结束或撤回后才能修改',
    en: 'This record is pending approval; it can be changed after the decision or a withdrawal',
  },
  APPROVAL_SELF_APPROVAL: {
    status: 403,
    zh: '不能审批自己提交的申请',
    en: 'You cannot approve or reject your own submission',
  },
  APPROVAL_NOT_CURRENT_APPROVER: {
    status: 403,
    zh: '当前审批步骤不由您处理',
    en: 'The current approval step is not assigned to you',
  },
  APPROVAL_NOT_SUBMITTER: {
    status: 403,
    zh: '只有申请人本人可以撤回或重新提交',
    en: 'Only the submitter may withdraw or resubmit',
  },
  APPROVAL_NOT_PENDING: {
    status: 409,
    zh: '该申请已不在审批中',
    en: 'This request is no longer pending',
  },
  APPROVAL_ALREADY_PENDING: {
    status: 409,
    zh: '该记录已在审批中，不能重复提交',
    en: 'This record is already pending approval',
  },
  APPROVAL_ALREADY_APPROVED: {
    status: 409,
    zh: '该记录已审批通过，不能再次提交',
    en: 'This record is already approved',
  },
  APPROVAL_NOT_RESUBMITTABLE: {
    status: 409,
    zh: '只有被驳回或已撤回的最新一轮申请可以重新提交',
    en: 'Only the latest round, once rejected or withdrawn, can be resubmitted',
  },
  APPROVAL_NO_APPROVER: {
    status: 422,
    zh: '按审批流程找不到审批人（上级链中已无更高一级），请联系管理员调整组织或流程',
    en: 'No approver can be found for this flow (nobody higher up the chain); ask an administrator',
  },
  JOB_UNKNOWN: { status: 404, zh: '没有这个定时任务', en: 'No such scheduled job' },
  STATUS_NOT_ALLOWED: {
    status: 409,
    zh: '当前状态下不能执行此操作，请刷新后查看',
    en: 'This cannot be done in the record’s current status; reload to see it',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '同一个幂等键已用于内容不同的请求',
    en: 'This Idempotency-Key was already used with a different request body',
  },
  // products / quotes (Q2C-1 … Q2C-4)
  CUSTOMER_CREDIT_SPENT: {
    status: 422,
    zh: '该笔回款的多付部分已作为预收冲抵其他应收，不能冲销',
    en: 'The overpayment of this payment was already applied to other receivables; it cannot be reversed',
  },
  // collection (AR-5, AR-6, AR-8, AR-9)
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  FILE_TOO_LARGE: {
    status: 413,
    zh: '文件不能超过 {maxMb} MB，未保存',
    en: 'The file must not exceed {maxMb} MB; nothing was stored',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的提交格式，请以 JSON 提交（上传文件除外）',
    en: 'Unsupported request format; send JSON (file uploads excepted)',
  },
  CSRF_REJECTED: {
    status: 403,
    zh: '请求来自其他网站，已拒绝；请直接在本系统中操作',
    en: 'The request came from another site and was refused; use the application itself',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试', en: 'Something went wrong on the server' },
});

const catalogue = new Map<string, ErrorEntry>(Object.entries(platformErrors));

/** Called by the module kernel for each manifest's error catalogue. */
export function registerErrors(defs: Record<string, ErrorEntry>): void {
  for (const [code, entry] of Object.entries(defs)) {
    if (catalogue.has(code)) throw new Error(`error code ${code} defined twice`);
    catalogue.set(code, entry);
  }
}

/** Every registered code (the platform's and those of the registered modules). */
export function registeredErrorCodes(): string[] {
  return [...catalogue.keys()];
}

export function errorEntry(code: string): ErrorEntry | undefined {
  return catalogue.get(code);
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Field-level messages, keyed by field path. */
    readonly fields?: Record<string, Localized>,
    readonly headers?: Record<string, string>,
    /** Values for the `{name}` placeholders of the code's message (e.g. a configured limit). */
    readonly params?: Record<string, string | number>,
    /** Facts the client acts on (e.g. the existing record a duplicate matched), sent as `details`. */
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }
  get status(): number {
    return errorStatus(this.code);
  }
}

export function appError(
  code: ErrorCode,
  fields?: Record<string, Localized>,
  params?: Record<string, string | number>,
): AppError {
  return new AppError(code, fields, undefined, params);
}

/** An error that carries facts for the client beside its message (the body's `details`). */
export function appErrorWithDetails(code: ErrorCode, details: Record<string, unknown>): AppError {
  return new AppError(code, undefined, undefined, undefined, details);
}

/** A code whose module is not registered has no message: the server's fault, said as INTERNAL. */
function entryOf(code: ErrorCode): ErrorEntry {
  return catalogue.get(code) ?? platformErrors.INTERNAL;
}

export function errorMessage(code: ErrorCode, lang: Lang, params?: Record<string, string | number>): string {
  const entry = entryOf(code);
  const text: string = lang === 'en' ? entry.en : entry.zh;
  return params ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all)) : text;
}

export function errorStatus(code: ErrorCode): number {
  return entryOf(code).status;
}
