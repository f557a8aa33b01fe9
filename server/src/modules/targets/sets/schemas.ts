import { z } from 'zod';
import { ZDateTime, ZUserRef, zOptionalText } from '../../../platform/schemas.js';
import { vmsg } from '../../../platform/validation-messages.js';
import { planDocStatuses, targetMetrics } from '../tables.js';

/** The most children one split holds (child units and the people of the unit). */
export const MAX_CHILDREN = 500;
export const MONTHS = 12;

export const ZTargetMetric = z.enum(targetMetrics);
export const ZSetStatus = z.enum(planDocStatuses);
export const ZSplitMethod = z.enum(['manual', 'even', 'last_year', 'weights']);
export const ZSubjectType = z.enum(['unit', 'user']);
/** A child: a unit of a kind, or a person. */
export const ZChildKind = z.enum(['company', 'region', 'department', 'team', 'person']);
export const ZGapRule = z.enum(['reason', 'block']);

/** A target year. */
export const zYear = z.coerce
  .number({ error: vmsg('year') })
  .int({ error: vmsg('year') })
  .min(2000, { error: vmsg('year') })
  .max(2100, { error: vmsg('year') });

/** Product category (a uuid) of a volume target; '' or absent for all. */
const zCategory = z
  .string()
  .trim()
  .refine((v) => v === '' || z.uuid().safeParse(v).success, { error: vmsg('targetCategory') })
  .default('');

/** A target value: fen for amounts, a count otherwise, as 1–15 digits. */
export const zTargetValue = z
  .string()
  .trim()
  .regex(/^\d{1,15}$/, { error: vmsg('targetValue') });

const zWeight = z
  .number({ error: vmsg('weight') })
  .int({ error: vmsg('weight') })
  .min(0, { error: vmsg('weight') })
  .max(1_000_000, { error: vmsg('weight') });

/** The key of a target set: whose target (unit), which year and metric (and category for volume). */
export const ZSetKeyQuery = z
  .object({ unitId: z.uuid(), year: zYear, metric: ZTargetMetric, category: zCategory })
  .refine((q) => q.category === '' || q.metric === 'volume', {
    path: ['category'],
    error: vmsg('targetCategory'),
  });
export type TSetKeyQuery = z.output<typeof ZSetKeyQuery>;

export const ZTreeQuery = z
  .object({ year: zYear, metric: ZTargetMetric, category: zCategory })
  .refine((q) => q.category === '' || q.metric === 'volume', {
    path: ['category'],
    error: vmsg('targetCategory'),
  });
export type TTreeQuery = z.output<typeof ZTreeQuery>;

/** PLAN-2: a new version of a unit's split; from version 2 on, why it changes. */
export const ZSetCreate = z
  .object({
    unitId: z.uuid(),
    year: zYear,
    metric: ZTargetMetric,
    category: zCategory,
    changeReason: zOptionalText(500),
  })
  .refine((q) => q.category === '' || q.metric === 'volume', {
    path: ['category'],
    error: vmsg('targetCategory'),
  });
export type TSetCreate = z.output<typeof ZSetCreate>;

/** One child's share as typed: its year and its twelve months (January first). */
export const ZChildLinesInput = z.object({
  type: ZSubjectType,
  id: z.uuid(),
  year: zTargetValue,
  months: z.array(zTargetValue).length(MONTHS),
  weight: zWeight.nullish(),
});
export type TChildLinesInput = z.output<typeof ZChildLinesInput>;

/** PLAN-3: saving a draft replaces its lines: the children listed take part, the others do not. */
export const ZLinesSave = z.object({ children: z.array(ZChildLinesInput).max(MAX_CHILDREN) });
export type TLinesSave = z.output<typeof ZLinesSave>;

/** PLAN-3: a split made by the server — evenly, by last year's share or by weights — among the children listed. */
export const ZSplitRequest = z
  .object({
    method: z.enum(['even', 'last_year', 'weights']),
    /** How each child's year is spread over its months (default: as the unit's own months). */
    months: z.enum(['parent', 'even', 'last_year']).default('parent'),
    /** Who takes part (default: those taking part now, or those suggested). */
    children: z
      .array(z.object({ type: ZSubjectType, id: z.uuid(), weight: zWeight.nullish() }))
      .min(1)
      .max(MAX_CHILDREN)
      .optional(),
  })
  .refine((q) => q.method !== 'weights' || q.children !== undefined, {
    path: ['children'],
    error: vmsg('weight'),
  });
export type TSplitRequest = z.output<typeof ZSplitRequest>;

/** PLAN-3: submitting, with the reason for a gap when there is one. */
export const ZSetSubmit = z.object({ gapReason: zOptionalText(500) });

/** A year and its months (January first): fen or counts as digits; null where there is none. */
export const ZFigures = z.object({
  year: z.string().nullable(),
  months: z.array(z.string().nullable()),
});
export type TFigures = z.infer<typeof ZFigures>;

export const ZSetChild = z.object({
  subjectType: ZSubjectType,
  id: z.uuid(),
  name: z.string(),
  /** A unit's code or a person's username (the key of a row in the Excel sheet). */
  code: z.string(),
  kind: ZChildKind,
  /** A person's position. */
  position: z.string().nullable(),
  /** Takes part in the split (has lines in it). */
  included: z.boolean(),
  /** Expected to take part: a child unit where people carry targets, else such a person of the unit. */
  suggested: z.boolean(),
  /** No longer a child (moved since): kept to show what the set holds; a new save drops it. */
  former: z.boolean(),
  weight: z.number().int().nullable(),
  values: ZFigures,
  /** Year − Σ months; null when not taking part. */
  rest: z.string().nullable(),
});
export type TSetChild = z.infer<typeof ZSetChild>;

const ZVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: ZSetStatus,
  splitMethod: ZSplitMethod,
  author: ZUserRef.nullable(),
  approvedBy: ZUserRef.nullable(),
  createdAt: ZDateTime,
  submittedAt: ZDateTime.nullable(),
  approvedAt: ZDateTime.nullable(),
  changeReason: z.string().nullable(),
  gapReason: z.string().nullable(),
  /** Σ of the children's years. */
  total: z.string(),
});
export type TSetVersion = z.infer<typeof ZVersion>;

/**
 * PLAN-2/PLAN-3: a unit's split for a year and metric as the decomposition screen shows it: the
 * unit's own target in force, each child's year and months, the rest per child and the gap per
 * period, what the reader may do, and the versions of the key.
 */
export const ZTargetSheet = z.object({
  unit: z.object({ id: z.uuid(), name: z.string(), code: z.string(), kind: ZChildKind }),
  year: z.number().int(),
  metric: ZTargetMetric,
  category: z.string(),
  /** Amounts (fen) rather than counts. */
  money: z.boolean(),
  /** The version shown: the open one, else the one in force; null when none exists. */
  set: ZVersion.nullable(),
  parent: ZFigures,
  children: z.array(ZSetChild),
  /** Σ of the children taking part, per period. */
  sums: ZFigures,
  /** Parent − Σ children per period; null where the parent has no target in force. */
  gaps: ZFigures,
  /** Some period's gap or some child's rest is not zero. */
  hasGap: z.boolean(),
  gapRule: ZGapRule,
  canCreate: z.boolean(),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  versions: z.array(ZVersion),
});
export type TTargetSheet = z.infer<typeof ZTargetSheet>;

export const ZTreeNode = z.object({
  unit: z.object({ id: z.uuid(), name: z.string(), kind: ZChildKind, parentId: z.uuid().nullable() }),
  /** The unit's target in force for the year. */
  target: z.string().nullable(),
  /** Σ of the children's years in the unit's latest split. */
  childSum: z.string().nullable(),
  /** Target − Σ children; null without both. */
  gap: z.string().nullable(),
  set: z.object({ id: z.uuid(), status: ZSetStatus, version: z.number().int() }).nullable(),
  canWrite: z.boolean(),
});
export type TTreeNode = z.infer<typeof ZTreeNode>;

/** PLAN-3: the target tree of a year and metric — every unit the reader may see. */
export const ZTargetTree = z.object({
  year: z.number().int(),
  metric: ZTargetMetric,
  category: z.string(),
  money: z.boolean(),
  metrics: z.array(ZTargetMetric),
  nodes: z.array(ZTreeNode),
});
export type TTargetTree = z.infer<typeof ZTargetTree>;
