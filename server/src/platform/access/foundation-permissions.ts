import { definePermissions } from './permissions.js';

/** ORG-5/ORG-6: the foundation's permissions. The platform manifest lists them; modules declare theirs in their own manifests. */
export const foundationPermissions = definePermissions([
  { code: 'user:read', label: { 'zh-CN': '查看用户', en: 'View users' }, scoped: true },
  { code: 'user:manage', label: { 'zh-CN': '管理用户', en: 'Manage users' }, scoped: true },
  { code: 'unit:read', label: { 'zh-CN': '查看组织架构', en: 'View organisation' }, scoped: false },
  { code: 'unit:manage', label: { 'zh-CN': '管理组织架构', en: 'Manage organisation' }, scoped: false },
  { code: 'role:read', label: { 'zh-CN': '查看角色权限', en: 'View roles' }, scoped: false },
  { code: 'role:manage', label: { 'zh-CN': '管理角色权限', en: 'Manage roles' }, scoped: false },
  { code: 'loginlog:read', label: { 'zh-CN': '查看登录日志', en: 'View login log' }, scoped: false },
  // ORG-5: exports are permissions of their own, and every export is audited.
  { code: 'user:export', label: { 'zh-CN': '导出用户', en: 'Export users' }, scoped: false },
  { code: 'loginlog:export', label: { 'zh-CN': '导出登录日志', en: 'Export login log' }, scoped: false },
  { code: 'audit:export', label: { 'zh-CN': '导出审计日志', en: 'Export audit log' }, scoped: false },
  { code: 'audit:read', label: { 'zh-CN': '查看审计日志', en: 'View audit log' }, scoped: false },
  { code: 'policy:read', label: { 'zh-CN': '查看制度参数', en: 'View policies' }, scoped: false },
  { code: 'policy:manage', label: { 'zh-CN': '修改制度参数', en: 'Change policies' }, scoped: false },
  // ORG-7: sign-in, sessions, the time zone and job times stay with the administrator.
  {
    code: 'policy:system',
    label: {
      'zh-CN': '修改系统参数（登录、会话、时区等）',
      en: 'Change system settings (sign-in, sessions, time zone)',
    },
    scoped: false,
  },
  { code: 'task:assign', label: { 'zh-CN': '下达指令', en: 'Assign tasks' }, scoped: false },
  { code: 'task:read', label: { 'zh-CN': '查看指令', en: 'View tasks' }, scoped: true },
  { code: 'appeal:create', label: { 'zh-CN': '提出申诉', en: 'File appeals' }, scoped: false },
  { code: 'request:read', label: { 'zh-CN': '查看通用申请', en: 'View general requests' }, scoped: true },
  { code: 'request:create', label: { 'zh-CN': '填写通用申请', en: 'Write general requests' }, scoped: false },
  { code: 'deadline:read', label: { 'zh-CN': '查看逾期事项', en: 'View overdue items' }, scoped: true },
  { code: 'job:manage', label: { 'zh-CN': '管理定时任务', en: 'Manage scheduled jobs' }, scoped: false },
  {
    code: 'clock:manage',
    label: { 'zh-CN': '查看和调整业务时钟（测试环境）', en: 'Read and set the business clock (testing)' },
    scoped: false,
  },
  { code: 'outbox:read', label: { 'zh-CN': '查看发件箱', en: 'View mail outbox' }, scoped: false },
  {
    code: 'policy:override',
    label: { 'zh-CN': '制定大区实施细则（覆盖制度参数）', en: 'Override policies for a region' },
    scoped: true,
  },
]);
