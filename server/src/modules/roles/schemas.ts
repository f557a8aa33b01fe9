import { z } from 'zod';
import { ZLocalized, ZScope, zText } from '../../platform/schemas.js';
import { zCode } from '../units/index.js';

export const ZGrant = z.object({ permission: z.string().min(1).max(80), scope: ZScope });

export const ZRole = z.object({
  id: z.uuid(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  preset: z.boolean(),
  permissions: z.array(ZGrant),
  userCount: z.number().int(),
});
export const ZRoleList = z.object({ items: z.array(ZRole) });

export const ZRoleCreate = z.object({
  code: zCode,
  nameZh: zText(60),
  nameEn: zText(60),
  permissions: z.array(ZGrant).max(500),
});
export const ZRoleUpdate = z.object({
  nameZh: zText(60).optional(),
  nameEn: zText(60).optional(),
  permissions: z.array(ZGrant).max(500).optional(),
});

export const ZPermissionDef = z.object({ code: z.string(), label: ZLocalized, scoped: z.boolean() });
export const ZPermissionList = z.object({ items: z.array(ZPermissionDef) });

export type TGrant = z.infer<typeof ZGrant>;
export type TRole = z.infer<typeof ZRole>;
export type TRoleCreate = z.input<typeof ZRoleCreate>;
export type TRoleUpdate = z.input<typeof ZRoleUpdate>;
export type TPermissionDef = z.infer<typeof ZPermissionDef>;
