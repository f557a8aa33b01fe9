import { z } from 'zod';
import {
  ZDateTime,
  ZLocalized,
  ZPageQuery,
  ZUserRef,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';

export const ZApprovalStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);
export const ZStepStatus = z.enum(['waiting', 'pending', 'approved', 'rejected', 'cancelled']);
/** Money in fen as a decimal string: bigint stays exact in JSON. */
const ZFen = z.string().regex(/^-?\d+$/);

export const ZApprovalListItem = z.object({
  requestId: z.uuid(),
  docType: z.string(),
  docTypeLabel: ZLocalized,
  docId: z.string(),
  title: z.string(),
  amountFen: ZFen.nullable(),
  link: z.string().nullable(),
  status: ZApprovalStatus,
  round: z.number().int(),
  submitter: ZUserRef,
  submittedAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
  currentSeq: z.number().int().nullable(),
  stepCount: z.number().int(),
  currentApprover: ZUserRef.nullable(),
});

export const ZApprovalStepItem = ZApprovalListItem.extend({
  stepId: z.uuid(),
  seq: z.number().int(),
  stepStatus: ZStepStatus,
  comment: z.string().nullable(),
  stepDecidedAt: ZDateTime.nullable(),
});

export const ZApprovalStepPage = zPage(ZApprovalStepItem);
export const ZApprovalListPage = zPage(ZApprovalListItem);

const ZPaging = ZPageQuery.pick({ page: true, pageSize: true });
export const ZApprovalPageQuery = ZPaging;
export const ZSubmissionQuery = ZPaging.extend({ status: ZApprovalStatus.optional() });

export const ZDocRef = z.object({
  docType: z
    .string()
    .trim()
    .min(1, { error: vmsg('required') })
    .max(60),
  docId: z
    .string()
    .trim()
    .min(1, { error: vmsg('required') })
    .max(100),
});

/** How the approver of a step was found, as stored at submission (see platform/approvals/resolve.ts). */
const ZRuleBase = z.object({
  kind: z.enum(['superior', 'levelsUp', 'nearestRole', 'role', 'regionRole']),
  levels: z.number().int().optional(),
  role: z.string().optional(),
  when: z
    .object({
      amountAbove: z.object({ policyId: z.string(), thresholdFen: ZFen }).optional(),
      measureAbove: z
        .object({ measure: z.string(), policyId: z.string(), threshold: z.number(), value: z.number() })
        .optional(),
      flag: z.string().optional(),
    })
    .optional(),
  escalatedReason: z.string().optional(),
});
export const ZStepRule = ZRuleBase.extend({ merged: z.array(ZRuleBase).optional() });

export const ZApprovalHistory = z.object({
  docType: z.string(),
  docTypeLabel: ZLocalized,
  docId: z.string(),
  link: z.string().nullable(),
  status: z.enum(['none', 'pending', 'approved', 'rejected', 'withdrawn']),
  locked: z.boolean(),
  latestRequestId: z.uuid().nullable(),
  currentApprover: ZUserRef.nullable(),
  actions: z.object({
    submit: z.boolean(),
    approve: z.boolean(),
    reject: z.boolean(),
    withdraw: z.boolean(),
    resubmit: z.boolean(),
  }),
  rounds: z.array(
    z.object({
      requestId: z.uuid(),
      round: z.number().int(),
      status: ZApprovalStatus,
      title: z.string(),
      amountFen: ZFen.nullable(),
      submitter: ZUserRef,
      submittedAt: ZDateTime,
      decidedAt: ZDateTime.nullable(),
      steps: z.array(
        z.object({
          id: z.uuid(),
          seq: z.number().int(),
          rule: ZStepRule,
          approver: ZUserRef,
          status: ZStepStatus,
          comment: z.string().nullable(),
          decidedAt: ZDateTime.nullable(),
          escalatedReason: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const ZApproveBody = z.object({ comment: zOptionalText(1000) });
/** A rejection always says why, so the submitter knows what to change. */
export const ZRejectBody = z.object({ comment: zText(1000) });

export type TApprovalStatus = z.infer<typeof ZApprovalStatus>;
export type TApprovalListItem = z.infer<typeof ZApprovalListItem>;
export type TApprovalStepItem = z.infer<typeof ZApprovalStepItem>;
export type TApprovalStepPage = z.infer<typeof ZApprovalStepPage>;
export type TApprovalListPage = z.infer<typeof ZApprovalListPage>;
export type TApprovalPageQuery = z.input<typeof ZApprovalPageQuery>;
export type TSubmissionQuery = z.input<typeof ZSubmissionQuery>;
export type TApprovalHistory = z.infer<typeof ZApprovalHistory>;
export type TApprovalStepRule = z.infer<typeof ZStepRule>;
export type TDocRef = z.infer<typeof ZDocRef>;
export type TApproveBody = z.input<typeof ZApproveBody>;
export type TRejectBody = z.input<typeof ZRejectBody>;
