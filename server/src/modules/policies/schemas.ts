import { z } from 'zod';
import { ZDateTime, ZLocalized } from '../../platform/schemas.js';
import { ZUserRef } from '../users/schemas.js';

export const ZPolicyVersion = z.object({
  value: z.unknown(),
  effectiveFrom: ZDateTime,
  setAt: ZDateTime,
  setBy: ZUserRef.nullable(),
  note: z.string().nullable(),
});

export const ZPolicy = z.object({
  id: z.string(),
  label: ZLocalized,
  description: ZLocalized,
  unit: z.string(),
  ruleIds: z.array(z.string()),
  chapter: z.string(),
  default: z.unknown(),
  value: z.unknown(),
  history: z.array(ZPolicyVersion),
});
export const ZPolicyList = z.object({ items: z.array(ZPolicy) });
export const ZPolicyParams = z.object({ id: z.string().min(1).max(80) });
export const ZPolicySet = z.object({
  value: z.unknown().refine((v) => v !== undefined),
  effectiveFrom: ZDateTime.optional(),
  note: z.string().trim().max(500).optional(),
});

export type TPolicy = z.infer<typeof ZPolicy>;
export type TPolicySet = z.input<typeof ZPolicySet>;
