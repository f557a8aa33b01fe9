import { z } from 'zod';
import { ZDateTime, ZLocalized, ZUnitRef, ZUserRef } from '../../platform/schemas.js';

export const ZPolicyVersion = z.object({
  value: z.unknown(),
  effectiveFrom: ZDateTime,
  setAt: ZDateTime,
  setBy: ZUserRef.nullable(),
  note: z.string().nullable(),
});

/** ORG-7: a region's own value for a policy, filed with HQ. */
export const ZPolicyOverride = ZPolicyVersion.extend({
  id: z.uuid(),
  policyId: z.string(),
  unit: ZUnitRef,
  acknowledgedAt: ZDateTime.nullable(),
  acknowledgedBy: ZUserRef.nullable(),
});

export const ZPolicy = z.object({
  id: z.string(),
  label: ZLocalized,
  description: ZLocalized,
  unit: z.string(),
  ruleIds: z.array(z.string()),
  chapter: z.string(),
  default: z.unknown(),
  /** The value in force now: for the unit asked about, else company-wide. */
  value: z.unknown(),
  /** Company-wide versions, newest first. */
  history: z.array(ZPolicyVersion),
  overrides: z.array(ZPolicyOverride),
});
export const ZPolicyList = z.object({ items: z.array(ZPolicy) });
export const ZPolicyQuery = z.object({ unitId: z.uuid().optional() });
export const ZPolicyParams = z.object({ id: z.string().min(1).max(80) });
export const ZOverrideParams = z.object({ id: z.string().min(1).max(80), unitId: z.uuid() });
export const ZPolicySet = z.object({
  value: z.unknown().refine((v) => v !== undefined),
  effectiveFrom: ZDateTime.optional(),
  note: z.string().trim().max(500).optional(),
});
/** A regional override must say why: it is the filing with HQ. */
export const ZPolicyOverrideSet = ZPolicySet.extend({ note: z.string().trim().min(1).max(500) });
export const ZOverrideList = z.object({ items: z.array(ZPolicyOverride) });
export const ZOverrideListQuery = z.object({ pending: z.enum(['true', 'false']).optional() });

export const ZRuleChapter = z.object({
  id: z.string(),
  title: z.string(),
  rules: z.array(z.object({ id: z.string(), source: z.string(), system: z.string() })),
});
export const ZRuleCatalogue = z.object({ chapters: z.array(ZRuleChapter) });

export type TPolicy = z.infer<typeof ZPolicy>;
export type TPolicySet = z.input<typeof ZPolicySet>;
export type TPolicyOverride = z.infer<typeof ZPolicyOverride>;
export type TPolicyOverrideSet = z.input<typeof ZPolicyOverrideSet>;
export type TRuleChapter = z.infer<typeof ZRuleChapter>;
