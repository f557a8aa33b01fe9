import type { z } from 'zod';
import { auditActionWords, auditEntityWords } from '../../platform/audit/audit-words.js';
import type { Ctx } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import type { Localized } from '../../platform/i18n/lang.js';
import type { LoginResult } from '../../platform/sessions/tables.js';
import { listAudit, listLoginLog } from './logs.js';
import type { TAuditEntry, TLoginLogEntry, ZAuditQuery, ZLoginLogQuery } from './schemas.js';

/** The login log's results as people read them (the same words as the login-log screen). */
const loginResultLabel: Record<LoginResult, Localized> = {
  success: { 'zh-CN': '成功', en: 'Success' },
  bad_credentials: { 'zh-CN': '密码错误', en: 'Wrong password' },
  unknown_user: { 'zh-CN': '用户名不存在', en: 'Unknown username' },
  locked: { 'zh-CN': '账号锁定中', en: 'Account locked' },
  disabled: { 'zh-CN': '账号停用', en: 'Account disabled' },
};

export function exportLoginLog(ctx: Ctx, query: z.output<typeof ZLoginLogQuery>) {
  return exportList<TLoginLogEntry>(ctx, {
    entity: 'login-log',
    sheet: { 'zh-CN': '登录日志', en: 'Login log' },
    filters: withoutPaging(query),
    fetch: async (limit) => (await listLoginLog(ctx.db, { ...query, page: 1, pageSize: limit })).items,
    columns: [
      { header: { 'zh-CN': '时间', en: 'Time' }, width: 30, kind: 'dateTime', value: (e) => e.at },
      { header: { 'zh-CN': '用户名', en: 'Username' }, value: (e) => e.username },
      { header: { 'zh-CN': '结果', en: 'Result' }, value: (e) => loginResultLabel[e.result][ctx.lang] },
      { header: { 'zh-CN': 'IP', en: 'IP' }, value: (e) => e.ip },
      { header: { 'zh-CN': '浏览器', en: 'User agent' }, width: 40, value: (e) => e.userAgent },
    ],
  });
}

/** PEN-3: the audit trail as a workbook, with each row's hash so the copy can be checked. */
export function exportAudit(ctx: Ctx, query: z.output<typeof ZAuditQuery>) {
  const words = (table: Readonly<Record<string, Localized>>, code: string) =>
    table[code]?.[ctx.lang] ?? (ctx.lang === 'en' ? 'Other' : '其他');
  return exportList<TAuditEntry>(ctx, {
    entity: 'audit',
    sheet: { 'zh-CN': '审计日志', en: 'Audit log' },
    filters: withoutPaging(query),
    fetch: async (limit) =>
      (await listAudit(ctx.db, { ...query, cursor: undefined, page: 1, pageSize: limit })).items,
    columns: [
      { header: { 'zh-CN': '序号', en: 'No.' }, width: 8, value: (e) => e.id },
      { header: { 'zh-CN': '时间', en: 'Time' }, width: 30, kind: 'dateTime', value: (e) => e.at },
      { header: { 'zh-CN': '操作人', en: 'Actor' }, value: (e) => e.actor?.displayName ?? e.actorName },
      { header: { 'zh-CN': '对象', en: 'Entity' }, value: (e) => words(auditEntityWords, e.entity) },
      { header: { 'zh-CN': '对象 ID', en: 'Entity ID' }, width: 38, value: (e) => e.entityId },
      {
        header: { 'zh-CN': '动作', en: 'Action' },
        width: 24,
        value: (e) => words(auditActionWords, e.action),
      },
      {
        header: { 'zh-CN': '变更前', en: 'Before' },
        width: 40,
        value: (e) => JSON.stringify(e.before ?? null),
      },
      {
        header: { 'zh-CN': '变更后', en: 'After' },
        width: 40,
        value: (e) => JSON.stringify(e.after ?? null),
      },
      { header: { 'zh-CN': '请求 ID', en: 'Request ID' }, width: 38, value: (e) => e.requestId },
      { header: { 'zh-CN': 'IP', en: 'IP' }, value: (e) => e.ip },
      // What the hash covers, as written: the action and entity type codes beside it.
      { header: { 'zh-CN': '动作（原文）', en: 'Action (as written)' }, width: 20, value: (e) => e.action },
      { header: { 'zh-CN': '对象（原文）', en: 'Entity (as written)' }, width: 20, value: (e) => e.entity },
      { header: { 'zh-CN': '哈希', en: 'Hash' }, width: 66, value: (e) => e.hash },
    ],
  });
}
