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

const ZPolicyRef = z.object({ id: z.string(), label: ZLocalized, value: z.unknown() });

/** For an approver chain (unit `approverChain`): what its conditions may name. */
export const ZChainChoices = z.object({
  amountAbove: z.array(ZPolicyRef),
  measures: z.array(z.object({ key: z.string(), label: ZLocalized, policies: z.array(ZPolicyRef) })),
  flags: z.array(z.object({ key: z.string(), label: ZLocalized })),
});

export const ZPolicy = z.object({
  id: z.string(),
  label: ZLocalized,
  description: ZLocalized,
  unit: z.string(),
  ruleIds: z.array(z.string()),
  chapter: z.string(),
  /** ORG-7: a system setting, the administrator's; else a business policy, the sales director's. */
  systemOnly: z.boolean(),
  default: z.unknown(),
  /** The value in force now: for the unit asked about, else company-wide. */
  value: z.unknown(),
  /** Company-wide versions, newest first. */
  history: z.array(ZPolicyVersion),
  overrides: z.array(ZPolicyOverride),
  chainChoices: ZChainChoices.optional(),
});
/** A role an approver chain may name, with its name for people. */
export const ZPolicyRole = z.object({ code: z.string(), name: ZLocalized });
/** ORG-7: what the actor may do: set business policies, system settings, acknowledge filings. */
export const ZPolicyAbilities = z.object({
  editBusiness: z.boolean(),
  editSystem: z.boolean(),
  acknowledge: z.boolean(),
});
export const ZPolicyList = z.object({
  items: z.array(ZPolicy),
  roles: z.array(ZPolicyRole),
  can: ZPolicyAbilities,
});
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
  title: ZLocalized,
  /** `source`: the original Chinese sentence (zh-CN) and the catalogue's English reading (en). */
  rules: z.array(z.object({ id: z.string(), source: ZLocalized, system: ZLocalized })),
});
export const ZRuleCatalogue = z.object({ chapters: z.array(ZRuleChapter) });

export type TPolicy = z.infer<typeof ZPolicy>;
export type TChainChoices = z.infer<typeof ZChainChoices>;
export type TPolicyRole = z.infer<typeof ZPolicyRole>;
export type TPolicySet = z.input<typeof ZPolicySet>;
export type TPolicyOverride = z.infer<typeof ZPolicyOverride>;
export type TPolicyOverrideSet = z.input<typeof ZPolicyOverrideSet>;
export type TRuleChapter = z.infer<typeof ZRuleChapter>;
