import { z } from 'zod';
import { ZDateTime, ZPaging, ZUnitRef, ZUserRef, zFen, zPage, zText } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import {
  commissionLineKinds,
  commissionLineRefTypes,
  commissionMethods,
  commissionPlanStatuses,
  commissionStatementStatuses,
  commissionTrueUps,
} from './tables.js';

/** A month, YYYY-MM. */
export const ZMonth = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: vmsg('month') });
const ZRoleCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const ZRateBp = z.number().int().min(0).max(10_000);

export const ZTier = z.strictObject({ fromBp: z.number().int().min(0).max(100_000), rateBp: ZRateBp });
/** INC-1: at least one tier, the first from 0, the starts ascending. */
export const ZTiers = z
  .array(ZTier)
  .min(1, { error: vmsg('commissionTiers') })
  .max(10)
  .refine((ts) => ts[0]?.fromBp === 0 && ts.every((t, i) => i === 0 || t.fromBp > ts[i - 1]!.fromBp), {
    error: vmsg('commissionTiers'),
  });

export const ZPlanStatus = z.enum(commissionPlanStatuses);
export const ZMethod = z.enum(commissionMethods);
export const ZTrueUp = z.enum(commissionTrueUps);

/** INC-1: a commission plan as its author writes it. */
export const ZPlanWrite = z.strictObject({
  name: zText(100),
  roleCode: ZRoleCode,
  effectiveFrom: ZMonth,
  method: ZMethod,
  tiers: ZTiers,
  capFen: zFen.nullish(),
  categoryRates: z
    .array(z.strictObject({ categoryId: z.uuid(), rateBp: ZRateBp }))
    .max(50)
    .default([]),
  trueUp: ZTrueUp.default('none'),
});
export type TPlanWrite = z.output<typeof ZPlanWrite>;

export const ZPlanTier = ZTier.extend({
  /** From 100% of target: an accelerator. */
  accelerator: z.boolean(),
});

export const ZPlanVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: ZPlanStatus,
  approvedAt: ZDateTime.nullable(),
});

export const ZPlan = z.object({
  id: z.uuid(),
  name: z.string(),
  roleCode: z.string(),
  roleName: z.string(),
  effectiveFrom: z.string(),
  version: z.number().int(),
  status: ZPlanStatus,
  method: ZMethod,
  tiers: z.array(ZPlanTier),
  capFen: z.string().nullable(),
  categoryRates: z.array(
    z.object({ categoryId: z.uuid(), categoryName: z.string(), rateBp: z.number().int() }),
  ),
  trueUp: ZTrueUp,
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  /** The reader may edit and submit it now (a draft or rejected version, commission_plan:write). */
  canEdit: z.boolean(),
  /** The reader may start a new version from it (an approved one, commission_plan:write). */
  canRevise: z.boolean(),
});
export type TPlan = z.infer<typeof ZPlan>;
export const ZPlanDetail = ZPlan.extend({ versions: z.array(ZPlanVersion) });
export type TPlanDetail = z.infer<typeof ZPlanDetail>;
export const ZPlanPage = zPage(ZPlan);

export const ZPlanQuery = ZPaging.extend({
  roleCode: ZRoleCode.optional(),
  status: ZPlanStatus.optional(),
  sort: z.enum(['effectiveFrom', 'createdAt', 'roleCode']).default('effectiveFrom'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TPlanQuery = z.output<typeof ZPlanQuery>;

export const ZStatementStatus = z.enum(commissionStatementStatuses);
export const ZLineKind = z.enum(commissionLineKinds);
export const ZLineRefType = z.enum(commissionLineRefTypes);

/** What a statement's number rests on (stored with it when generated). */
export const ZStatementWhy = z.object({
  basis: z.enum(['signed', 'collected']),
  basisPolicy: z.string(),
  method: ZMethod,
  tiers: z.array(ZTier),
  capFen: z.string().nullable(),
  trueUp: ZTrueUp,
  /** No target in force: every record at the first tier's rate. */
  noTarget: z.boolean(),
  /** The category rates applied (signed basis only). */
  categoryRates: z.array(z.object({ categoryId: z.string(), rateBp: z.number().int() })),
  /** The previous statement's negative total carried into this one, if any. */
  carriedFen: z.string().nullable(),
});
export type TStatementWhy = z.infer<typeof ZStatementWhy>;

export const ZStatementLine = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  kind: ZLineKind,
  refType: ZLineRefType.nullable(),
  refId: z.uuid().nullable(),
  refNumber: z.string().nullable(),
  refOn: z.string().nullable(),
  basisFen: z.string(),
  tierIndex: z.number().int().nullable(),
  rateBp: z.number().int().nullable(),
  accelerator: z.boolean(),
  amountFen: z.string(),
  /** Clawbacks: the original record's period; true-ups: the period trued up. */
  note: z.object({ period: z.string().optional(), originalNumber: z.string().optional() }).nullable(),
});

export const ZStatement = z.object({
  id: z.uuid(),
  period: z.string(),
  user: ZUserRef,
  unit: ZUnitRef,
  status: ZStatementStatus,
  basis: z.enum(['signed', 'collected']),
  targetFen: z.string().nullable(),
  basisFen: z.string(),
  attainmentBp: z.number().int().nullable(),
  reachedTier: z.number().int(),
  commissionFen: z.string(),
  plan: z.object({ id: z.uuid(), name: z.string(), version: z.number().int(), method: ZMethod }),
  generatedAt: ZDateTime,
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
  closedAt: ZDateTime.nullable(),
  /** The person may submit it now (their own, draft or rejected). */
  canSubmit: z.boolean(),
  /** The reader may recalculate it now (draft or rejected, commission:generate in scope). */
  canRegenerate: z.boolean(),
});
export type TStatement = z.infer<typeof ZStatement>;
export const ZStatementDetail = ZStatement.extend({ why: ZStatementWhy, lines: z.array(ZStatementLine) });
export type TStatementDetail = z.infer<typeof ZStatementDetail>;
export const ZStatementPage = zPage(ZStatement);

export const ZStatementQuery = ZPaging.extend({
  period: ZMonth.optional(),
  userId: z.uuid().optional(),
  status: ZStatementStatus.optional(),
  sort: z.enum(['period', 'commissionFen', 'person']).default('period'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TStatementQuery = z.output<typeof ZStatementQuery>;

export const ZPeriodBody = z.strictObject({ period: ZMonth });
export type TPeriodBody = z.output<typeof ZPeriodBody>;
export const ZPeriodQuery = z.object({ period: ZMonth });

export const ZGenerateResult = z.object({
  period: z.string(),
  generated: z.number().int(),
  skipped: z.number().int(),
});
export const ZCloseResult = z.object({ period: z.string(), closed: z.number().int(), postedFen: z.string() });
