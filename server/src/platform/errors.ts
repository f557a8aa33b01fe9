import type { Lang, Localized } from './i18n/lang.js';

/** Stable error codes: clients switch on the code, people read the message. */
const catalogue = {
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  BAD_REQUEST: { status: 400, zh: '请求无效', en: 'The request is invalid' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You do not have permission for this' },
  NOT_FOUND: { status: 404, zh: '记录不存在或无权查看', en: 'Not found' },
  CONFLICT: { status: 409, zh: '记录已被修改，请刷新后重试', en: 'The record changed; reload and try again' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'That username is taken' },
  UNIT_CODE_TAKEN: { status: 409, zh: '组织编码已被使用', en: 'That unit code is taken' },
  ROLE_CODE_TAKEN: { status: 409, zh: '角色编码已被使用', en: 'That role code is taken' },
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
  HAS_ACTIVE_SUBORDINATES: {
    status: 422,
    zh: '该用户仍有在职下属，请先调整下属的上级',
    en: 'This user still has active direct reports; reassign them first',
  },
  UNIT_PARENT_INVALID: {
    status: 422,
    zh: '上级组织不符合层级：公司 → 大区 → 部门 → 小组',
    en: 'The parent does not fit the tree: company → region → department → team',
  },
  UNIT_CYCLE: {
    status: 422,
    zh: '组织不能移动到自己的下级之下',
    en: 'A unit cannot move under its own descendant',
  },
  PASSWORD_WRONG: { status: 422, zh: '当前密码不正确', en: 'The current password is wrong' },
  CANNOT_DISABLE_SELF: { status: 422, zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
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
  TASK_NOT_DIRECT_REPORT: {
    status: 422,
    zh: '指令只能下达给自己的直接下属，不能越级指挥',
    en: 'A task may only be given to your own direct report; no skip-level command',
  },
  TASK_DUE_IN_PAST: { status: 422, zh: '完成期限不能早于现在', en: 'The deadline cannot be in the past' },
  TASK_NOT_ASSIGNEE: {
    status: 403,
    zh: '只有接受指令的人可以报告完成',
    en: 'Only the assignee may report the task done',
  },
  TASK_NOT_ASSIGNER: {
    status: 403,
    zh: '只有下达指令的人可以评价',
    en: 'Only the person who gave the task may evaluate it',
  },
  TASK_WRONG_STATUS: {
    status: 409,
    zh: '指令当前的状态不允许此操作',
    en: 'The task is not in a state that allows this',
  },
  APPEAL_NOT_SUPERIOR: {
    status: 422,
    zh: '申诉只能向自己的上级（可越级）提出，不能向同级或下级提出',
    en: 'An appeal goes to someone above you (any level), not to a peer or someone below',
  },
  APPEAL_NOT_ADDRESSEE: {
    status: 403,
    zh: '只有被申诉的上级可以答复',
    en: 'Only the person appealed to may answer',
  },
  APPEAL_ALREADY_ANSWERED: { status: 409, zh: '该申诉已答复', en: 'This appeal has already been answered' },
  CREDIT_NOT_PERMITTED: {
    status: 403,
    zh: '信用额度和信用评级由财务或销售总监设定',
    en: 'Credit limit and rating are set by finance or the sales director',
  },
  CUSTOMER_OWNED_CAP: {
    status: 422,
    zh: '负责的客户数已达上限，不能再增加',
    en: 'The owner has reached the cap on customers owned',
  },
  POOL_CUSTOMER_TAKEN: {
    status: 409,
    zh: '该客户已不在公海（可能刚被他人领取），请刷新',
    en: 'This customer is no longer in the pool (someone may have just claimed it); reload',
  },
  POOL_CUSTOMER_ALREADY_IN_POOL: {
    status: 409,
    zh: '该客户已在公海中',
    en: 'This customer is already in the pool',
  },
  POOL_DAILY_CLAIM_CAP: {
    status: 422,
    zh: '今日从公海领取的客户数已达上限',
    en: "You have reached today's cap on claims from the pool",
  },
  POOL_RECLAIM_WAIT: {
    status: 422,
    zh: '该客户退回公海未满规定天数，原负责人暂不能重新领取',
    en: 'The previous owner cannot reclaim this customer until the wait after its return to the pool is over',
  },
  CUSTOMER_ASSIGNEE_INVALID: {
    status: 422,
    zh: '只能分配给您管理范围内的在职人员',
    en: 'Assign only to an active person within your scope',
  },
  INQUIRY_ALREADY_HANDLED: {
    status: 409,
    zh: '该登记已转为线索或已关联客户',
    en: 'This entry has already been turned into a lead or linked to a customer',
  },
  LEAD_NOT_QUALIFIED: {
    status: 422,
    zh: '线索的潜在价值评分未达到转为客户的最低分，请先完成评估',
    en: 'The lead’s potential-value score is below the score needed to convert it; assess it first',
  },
  LEAD_ALREADY_CUSTOMER: { status: 409, zh: '该记录已经是客户', en: 'This is already a customer' },
  OPPORTUNITY_CLOSED: {
    status: 422,
    zh: '商机已赢单或输单，不能再修改或变更阶段',
    en: 'This opportunity is closed (won or lost); it can no longer be changed or moved',
  },
  OPPORTUNITY_SAME_STAGE: {
    status: 422,
    zh: '商机已处于该阶段',
    en: 'The opportunity is already at this stage',
  },
  OPPORTUNITY_OWNER_INVALID: {
    status: 422,
    zh: '商机负责人只能是您管理范围内的在职人员',
    en: 'The owner must be an active person within your scope',
  },
  JOB_UNKNOWN: { status: 404, zh: '没有这个定时任务', en: 'No such scheduled job' },
  CLOCK_CONTROL_DISABLED: {
    status: 404,
    zh: '业务时钟不可调整（仅在测试环境开启 XG_CLOCK_CONTROL 后可用）',
    en: 'The business clock cannot be changed here (only with XG_CLOCK_CONTROL=true, for testing)',
  },
  // ── The money loop (Q2C, AR). Each area adds its codes under its own heading. ──
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
  QUOTE_EXPIRED: { status: 422, zh: '报价单已过有效期', en: 'The quote has expired' },
  QUOTE_EMPTY: { status: 422, zh: '报价单至少需要一行产品', en: 'A quote needs at least one line' },
  PRODUCT_RETIRED: { status: 422, zh: '该产品已停售', en: 'That product is retired' },
  PRODUCT_NOT_PRICED: {
    status: 422,
    zh: '该产品尚未定价，须由销售总监定价后才能启用',
    en: 'That product has no prices yet; the sales director prices it before it can be used',
  },
  PRODUCT_CODE_TAKEN: { status: 409, zh: '产品编码已存在', en: 'That product code is already in use' },
  PRODUCT_CATEGORY_TAKEN: { status: 409, zh: '产品类别已存在', en: 'That category already exists' },
  // contracts / seals (Q2C-5 … Q2C-9)
  CONTRACT_SIGNED: {
    status: 409,
    zh: '已签订的合同不能修改，变更请签订补充协议',
    en: 'A signed contract cannot be changed; sign a supplementary agreement instead',
  },
  CONTRACT_SCAN_REQUIRED: {
    status: 422,
    zh: '请先上传双方签字盖章的合同扫描件',
    en: 'Attach the signed and sealed scan first',
  },
  PAYMENT_CONFIRM_SELF: {
    status: 403,
    zh: '回款须由录入人以外的另一位财务人员确认',
    en: 'A payment must be confirmed by someone other than the person who recorded it',
  },
  CONTRACT_VERIFY_SELF: {
    status: 422,
    zh: '复核须由录入人以外的另一人完成',
    en: 'The entry must be verified by someone other than the person who entered it',
  },
  SEAL_NOT_IN_CUSTODY: { status: 409, zh: '印章不在保管中', en: 'The seal is not in custody' },
  SEAL_NOT_CHECKED_OUT: { status: 409, zh: '印章未借出，无需归还', en: 'The seal is not checked out' },
  CONTRACT_CREDIT_CHANGED: {
    status: 409,
    zh: '客户信用情况已变化（出现逾期或超出额度），请在合同页面重新提交审批',
    en: 'The customer’s credit position changed (overdue or over the limit); submit again from the contract page',
  },
  // orders / returns (Q2C-8, Q2C-10, Q2C-11)
  DELIVERY_DOCS_INCOMPLETE: {
    status: 422,
    zh: '随货资料（说明书、合格证、检测报告）未齐全，不能验收',
    en: 'The delivery documents (manual, certificate, test report) are not complete',
  },
  SHIPMENT_EXCEEDS_ORDER: {
    status: 422,
    zh: '发货数量超过未发数量',
    en: 'More shipped than is left to ship',
  },
  CONTRACT_NOT_SIGNED_MAIN: {
    status: 422,
    zh: '需要已签订的主合同（补充协议、订单、退换货、回款计划都依据主合同）',
    en: 'This needs a signed main contract (supplements, orders, returns and payment plans follow one)',
  },
  RETURN_CREDIT_EXCEEDS_CONTRACT: {
    status: 422,
    zh: '退款金额（含该合同其他退换货）不能超过合同金额',
    en: 'The credit (with the contract’s other returns) cannot exceed the contract amount',
  },
  // receivables / payments (AR-1 … AR-4, AR-7)
  PLAN_SUM_MISMATCH: {
    status: 422,
    zh: '各期回款金额之和必须等于合同应收金额',
    en: 'The instalments must add up to the contract’s receivable amount',
  },
  ALLOCATION_EXCEEDS: {
    status: 422,
    zh: '分配金额超过该期未收金额',
    en: 'The allocation is more than the instalment still owes',
  },
  REMITTANCE_SLIP_REQUIRED: {
    status: 422,
    zh: '银行转账须先上传银行回单（汇款凭证）才能确认',
    en: 'Attach the remittance slip before confirming a bank transfer',
  },
  NO_CUSTOMER_CREDIT: {
    status: 422,
    zh: '该客户没有可用的预收余额，或没有未结清的回款计划',
    en: 'The customer has no credit to apply, or nothing open to apply it to',
  },
  CUSTOMER_CREDIT_SPENT: {
    status: 422,
    zh: '该笔回款的多付部分已作为预收冲抵其他应收，不能冲销',
    en: 'The overpayment of this payment was already applied to other receivables; it cannot be reversed',
  },
  // collection (AR-5, AR-6, AR-8, AR-9)
  DUNNING_ALREADY_RUN: {
    status: 409,
    zh: '本月催款通知单已发出',
    en: 'This month’s dunning notices were already issued',
  },
  WRITE_OFF_EXCEEDS: {
    status: 422,
    zh: '核销金额超过合同未收金额',
    en: 'The write-off is more than the contract still owes',
  },
  DUNNING_TOO_EARLY: {
    status: 422,
    zh: '还未到本月催款日',
    en: 'This month’s dunning day has not come yet',
  },
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
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof catalogue;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Field-level messages, keyed by field path. */
    readonly fields?: Record<string, Localized>,
    readonly headers?: Record<string, string>,
    /** Values for the `{name}` placeholders of the code's message (e.g. a configured limit). */
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
  }
  get status(): number {
    return catalogue[this.code].status;
  }
}

export function appError(
  code: ErrorCode,
  fields?: Record<string, Localized>,
  params?: Record<string, string | number>,
): AppError {
  return new AppError(code, fields, undefined, params);
}

export function errorMessage(code: ErrorCode, lang: Lang, params?: Record<string, string | number>): string {
  const entry = catalogue[code];
  const text: string = lang === 'en' ? entry.en : entry.zh;
  return params ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all)) : text;
}

export function errorStatus(code: ErrorCode): number {
  return catalogue[code].status;
}

export const errorCodes = Object.keys(catalogue) as ErrorCode[];
