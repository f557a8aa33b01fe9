import { z } from 'zod';
import { ZLocale, ZScope } from '../../platform/schemas.js';
import { ZRoleRef, ZUnitRef, ZUserRef, zPassword } from '../users/schemas.js';

export const ZLogin = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const ZMe = z.object({
  user: ZUserRef.extend({ position: z.string(), email: z.string().nullable(), locale: ZLocale }),
  unit: ZUnitRef,
  roles: z.array(ZRoleRef),
  /** permission → data scope (ORG-5). */
  permissions: z.record(z.string(), ZScope),
  superior: ZUserRef.nullable(),
});

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: zPassword,
});
export const ZPreferences = z.object({ locale: ZLocale });

export type TLogin = z.input<typeof ZLogin>;
export type TMe = z.infer<typeof ZMe>;
export type TChangePassword = z.input<typeof ZChangePassword>;
export type TPreferences = z.input<typeof ZPreferences>;
