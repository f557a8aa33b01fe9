import { z } from 'zod';
import { ZDateTime, ZLocale, ZScope, ZUnitRef, ZUserRef } from '../../platform/schemas.js';
import { ZRoleRef, zPassword } from '../users/index.js';

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
  /** The company's time zone (policy company.timeZone): every date and time is shown in it. */
  timeZone: z.string(),
});

/** A security notice (the account was locked) the web shows after sign-in until it is marked read. */
export const ZSignInNotice = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string().nullable(),
  createdAt: ZDateTime,
});
/** The answer to a successful sign-in: who, and what they should know first (ORG-5). */
export const ZSignedIn = ZMe.extend({ notices: z.array(ZSignInNotice) });

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: zPassword,
});
export const ZPreferences = z.object({ locale: ZLocale });

export type TLogin = z.input<typeof ZLogin>;
export type TMe = z.infer<typeof ZMe>;
export type TSignInNotice = z.infer<typeof ZSignInNotice>;
export type TSignedIn = z.infer<typeof ZSignedIn>;
export type TChangePassword = z.input<typeof ZChangePassword>;
export type TPreferences = z.input<typeof ZPreferences>;
