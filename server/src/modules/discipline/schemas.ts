import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zOptionalText,
  zPage,
  zPositiveFen,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import {
  sanctionKinds,
  sanctionStatuses,
  violationCategories,
  violationSources,
  violationStatuses,
} from './tables.js';

export const ZMonth = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: vmsg('month') });

/** PEN-2: one violation as a reader sees it, with what the reader may do with it. */
export const ZViolation = z.object({
  id: z.uuid(),
  person: ZUserRef.extend({ unit: ZUnitRef }),
  category: z.enum(violationCategories),
  occurredAt: ZDateTime,
  description: z.string(),
  source: z.enum(violationSources),
  sourceRef: z.string().nullable(),
  minutesLate: z.number().int().nullable(),
  /** Fen as text: the fine from the table when recorded; the harm fine added (Q2C-9). */
  fineFen: z.string(),
  harmFineFen: z.string(),
  harmNote: z.string().nullable(),
  repeatCount: z.number().int().nullable(),
  dismissalFlag: z.boolean(),
  status: z.enum(violationStatuses),
  appealReason: z.string().nullable(),
  appealTo: ZUserRef.nullable(),
  appealedAt: ZDateTime.nullable(),
  decidedBy: ZUserRef.nullable(),
  decidedAt: ZDateTime.nullable(),
  decisionReason: z.string().nullable(),
  recordedBy: ZUserRef.nullable(),
  createdAt: ZDateTime,
  canAppeal: z.boolean(),
  canDecide: z.boolean(),
  canCancel: z.boolean(),
});
export type TViolation = z.infer<typeof ZViolation>;
export const ZViolationPage = zPage(ZViolation);

export const ZViolationQuery = ZPaging.extend({
  /** `mine`: the reader's own (我的违规). */
  whose: z.enum(['mine', 'all']).default('all'),
  userId: z.uuid().optional(),
  category: z.enum(violationCategories).optional(),
  status: z.enum(violationStatuses).optional(),
  month: ZMonth.optional(),
});
export type TViolationQuery = z.output<typeof ZViolationQuery>;

/** PEN-2: a violation recorded by a supervisor or above, or from a customer complaint. */
export const ZViolationCreate = z
  .object({
    userId: z.uuid(),
    category: z.enum(violationCategories),
    occurredAt: ZDateTime,
    description: zText(1000),
    source: z.enum(['manual', 'complaint']).default('manual'),
    /** The complaint's reference (source complaint). */
    sourceRef: zOptionalText(100),
    minutesLate: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullish(),
  })
  .superRefine((v, c) => {
    if (v.category === 'lateness' && v.minutesLate == null)
      c.addIssue({ code: 'custom', path: ['minutesLate'], message: vmsg('required') });
    if (v.source === 'complaint' && !v.sourceRef)
      c.addIssue({ code: 'custom', path: ['sourceRef'], message: vmsg('required') });
  });
export type TViolationCreate = z.output<typeof ZViolationCreate>;

/** ORG-3: an appeal to someone above in the chain, with the reason. */
export const ZViolationAppeal = z.object({ toUserId: z.uuid(), reason: zText(1000) });
export const ZViolationDecision = z.object({ decision: z.enum(['uphold', 'cancel']), reason: zText(1000) });
export const ZViolationCancel = z.object({ reason: zText(1000) });

/** ORG-3: the people above the reader the appeal may go to. */
export const ZAppealTargets = z.object({ items: z.array(ZUserRef) });

export const ZFinesExportQuery = z.object({ month: ZMonth });

/** PEN-4: a sanction with its approval status. */
export const ZSanction = z.object({
  id: z.uuid(),
  person: ZUserRef.extend({ unit: ZUnitRef }),
  kind: z.enum(sanctionKinds),
  reasons: z.string(),
  fineFen: z.string().nullable(),
  violationIds: z.array(z.uuid()),
  status: z.enum(sanctionStatuses),
  proposedBy: ZUserRef.nullable(),
  createdAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
});
export type TSanction = z.infer<typeof ZSanction>;
export const ZSanctionPage = zPage(ZSanction);
export const ZSanctionQuery = ZPaging.extend({
  whose: z.enum(['mine', 'all']).default('all'),
  userId: z.uuid().optional(),
  kind: z.enum(sanctionKinds).optional(),
  status: z.enum(sanctionStatuses).optional(),
});
export type TSanctionQuery = z.output<typeof ZSanctionQuery>;

export const ZSanctionCreate = z
  .object({
    userId: z.uuid(),
    kind: z.enum(sanctionKinds),
    reasons: zText(2000),
    fineFen: zPositiveFen.nullish(),
    violationIds: z.array(z.uuid()).max(50).default([]),
  })
  .superRefine((v, c) => {
    if (v.kind === 'fine' && !v.fineFen)
      c.addIssue({ code: 'custom', path: ['fineFen'], message: vmsg('required') });
  });
export type TSanctionCreate = z.output<typeof ZSanctionCreate>;

/** PEN-4: a person's record — violations and sanctions. */
export const ZDisciplineRecord = z.object({
  person: ZUserRef,
  violations: z.array(ZViolation),
  sanctions: z.array(ZSanction),
  finesNetFen: z.string(),
});
export const ZRecordQuery = z.object({ userId: z.uuid().optional() });
