import { z } from 'zod';
import {
  ZDateTime,
  ZLocale,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';

export const ZRoleRef = z.object({ id: z.uuid(), code: z.string(), nameZh: z.string(), nameEn: z.string() });
export const ZUserStatus = z.enum(['active', 'disabled']);

export const ZUserListItem = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  position: z.string(),
  status: ZUserStatus,
  unit: ZUnitRef,
  superior: ZUserRef.nullable(),
  roles: z.array(ZRoleRef),
});

export const ZUser = ZUserListItem.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: ZLocale,
  lockedUntil: ZDateTime.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});

export const ZUserPage = zPage(ZUserListItem);

export const ZUserListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  /** Include users in units below unitId. */
  unitTree: z.enum(['true', 'false']).default('true'),
  status: ZUserStatus.optional(),
  roleId: z.uuid().optional(),
  sort: z.enum(['username', 'displayName', 'position', 'createdAt']).default('username'),
});

const zUsername = z
  .string()
  .trim()
  .regex(/^[a-z0-9_.-]{3,32}$/, { error: vmsg('username') });
const zPassword = z
  .string()
  .min(8, { error: vmsg('password') })
  .max(200);

export const ZUserCreate = z.object({
  username: zUsername,
  displayName: zText(60),
  password: zPassword,
  unitId: z.uuid(),
  position: zText(60),
  /** ORG-2: exactly one direct superior; null only for the top person. */
  superiorId: z.uuid().nullable(),
  email: z.email().nullish(),
  phone: zOptionalText(40),
  roleIds: z.array(z.uuid()).min(1).max(20),
});

export const ZUserUpdate = z.object({
  displayName: zText(60).optional(),
  email: z.email().nullish(),
  phone: zOptionalText(40),
  roleIds: z.array(z.uuid()).min(1).max(20).optional(),
});

/** ORG-1: moving between units or superiors keeps history; a reason is required. */
export const ZUserMove = z.object({
  unitId: z.uuid(),
  superiorId: z.uuid().nullable(),
  position: zText(60),
  reason: zText(500),
});

export const ZResetPassword = z.object({ newPassword: zPassword });

export const ZPlacement = z.object({
  id: z.uuid(),
  unit: ZUnitRef,
  superior: ZUserRef.nullable(),
  position: z.string(),
  reason: z.string().nullable(),
  validFrom: ZDateTime,
  validTo: ZDateTime.nullable(),
});
export const ZPlacementList = z.object({ items: z.array(ZPlacement) });

export type TUserListItem = z.infer<typeof ZUserListItem>;
export type TUser = z.infer<typeof ZUser>;
export type TUserPage = z.infer<typeof ZUserPage>;
export type TUserListQuery = z.input<typeof ZUserListQuery>;
export type TUserCreate = z.input<typeof ZUserCreate>;
export type TUserUpdate = z.input<typeof ZUserUpdate>;
export type TUserMove = z.input<typeof ZUserMove>;
export type TResetPassword = z.input<typeof ZResetPassword>;
export type TPlacement = z.infer<typeof ZPlacement>;
export type { TUserRef } from '../../platform/schemas.js';
export { ZUnitRef, ZUserRef, zPassword, zUsername };
