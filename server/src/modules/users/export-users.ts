import type { z } from 'zod';
import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import { listUsers } from './queries.js';
import type { TUserListItem, ZUserListQuery } from './schemas.js';

const statusText = {
  active: { 'zh-CN': '在职', en: 'Active' },
  disabled: { 'zh-CN': '停用', en: 'Disabled' },
};

/** ORG-5: the user list as a workbook — the same filters and data scope as the screen. */
export function exportUsers(ctx: Ctx, query: z.output<typeof ZUserListQuery>) {
  const actor = requireActor(ctx);
  return exportList<TUserListItem>(ctx, {
    entity: 'users',
    sheet: { 'zh-CN': '用户', en: 'Users' },
    filters: withoutPaging(query),
    fetch: async (limit) => (await listUsers(ctx.db, actor, { ...query, page: 1, pageSize: limit })).items,
    columns: [
      { header: { 'zh-CN': '用户名', en: 'Username' }, value: (u) => u.username },
      { header: { 'zh-CN': '姓名', en: 'Name' }, value: (u) => u.displayName },
      { header: { 'zh-CN': '职位', en: 'Position' }, value: (u) => u.position },
      { header: { 'zh-CN': '组织', en: 'Unit' }, width: 20, value: (u) => u.unit.name },
      { header: { 'zh-CN': '直接上级', en: 'Superior' }, value: (u) => u.superior?.displayName ?? null },
      {
        header: { 'zh-CN': '角色', en: 'Roles' },
        width: 24,
        value: (u) => u.roles.map((r) => (ctx.lang === 'en' ? r.nameEn : r.nameZh)).join(', '),
      },
      { header: { 'zh-CN': '状态', en: 'Status' }, value: (u) => statusText[u.status][ctx.lang] },
    ],
  });
}
