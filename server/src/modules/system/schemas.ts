import { z } from 'zod';
import { ZCursor, ZDateTime, ZPageQuery, ZUserRef, zCursorPage, zPage } from '../../platform/schemas.js';
import { loginResults } from '../../platform/sessions/tables.js';

export const ZLoginResult = z.enum(loginResults);

export const ZLoginLogQuery = ZPageQuery.extend({
  order: z.enum(['asc', 'desc']).default('desc'),
  username: z.string().trim().max(64).optional(),
  result: ZLoginResult.optional(),
  from: ZDateTime.optional(),
  to: ZDateTime.optional(),
});
export const ZLoginLogEntry = z.object({
  id: z.uuid(),
  at: ZDateTime,
  username: z.string(),
  userId: z.uuid().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  result: ZLoginResult,
});
export const ZLoginLogPage = zPage(ZLoginLogEntry);

export const ZAuditQuery = ZPageQuery.extend(ZCursor.shape).extend({
  order: z.enum(['asc', 'desc']).default('desc'),
  actor: z.string().trim().max(64).optional(),
  /** The person who wrote (a user picker); `actor` matches a username instead. */
  actorId: z.uuid().optional(),
  entity: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(100).optional(),
  action: z.string().trim().max(64).optional(),
  from: ZDateTime.optional(),
  to: ZDateTime.optional(),
});
export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: ZDateTime,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
  /** The writer as a person (null for the system or a user since removed). */
  actor: ZUserRef.nullable(),
  /** People whose ids appear as the entity id or in before/after, by id: their names for the change's display. */
  people: z.record(z.string(), z.string()),
});
export const ZAuditPage = zCursorPage(ZAuditEntry);
export const ZAuditVerify = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.object({ id: z.number().int(), reason: z.enum(['hash_mismatch', 'link_mismatch']) }).optional(),
});

export const ZHealth = z.object({ status: z.literal('ok') });

export type TLoginLogQuery = z.input<typeof ZLoginLogQuery>;
export type TLoginLogEntry = z.infer<typeof ZLoginLogEntry>;
export type TAuditQuery = z.input<typeof ZAuditQuery>;
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export type TAuditVerify = z.infer<typeof ZAuditVerify>;
