import { z } from 'zod';
import { ZDateTime, ZPageQuery, ZUserRef, zPage, zText } from '../../../platform/schemas.js';

/**
 * VIS-6: a commitment is `draft` while its report is being written, then `open` from the report's
 * submission until its owner reports it `done`; `confirmed` once the confirmer has checked it.
 */
export const ZVisitCommitmentStatus = z.enum(['draft', 'open', 'done', 'confirmed', 'cancelled']);

/** VIS-6/ORG-4: a commitment made at the visit: what, who does it, by when, how it is checked. */
export const ZVisitCommitmentDraft = z.object({
  content: zText(1000),
  /** The rep, or one of the rep's direct reports (ORG-4: then it is also a task). */
  ownerId: z.uuid(),
  dueAt: ZDateTime,
  checkMethod: zText(500),
});

export const ZVisitCommitment = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  reportId: z.uuid().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  /** The rep who made the visit and wrote the report. */
  author: ZUserRef,
  owner: ZUserRef,
  content: z.string(),
  dueAt: ZDateTime,
  checkMethod: z.string(),
  /** ORG-4: the task that carries a commitment given to a direct report. */
  taskId: z.uuid().nullable(),
  status: ZVisitCommitmentStatus,
  overdue: z.boolean(),
  doneAt: ZDateTime.nullable(),
  doneNote: z.string().nullable(),
  confirmedBy: ZUserRef.nullable(),
  confirmedAt: ZDateTime.nullable(),
  /** What the signed-in user may do with it now. */
  actions: z.object({ done: z.boolean(), confirm: z.boolean() }),
});
export const ZVisitCommitmentPage = zPage(ZVisitCommitment);

export const ZVisitCommitmentListQuery = ZPageQuery.extend({
  /** mine: I carry them out · toConfirm: I confirm them · all: every commitment in my scope. */
  box: z.enum(['mine', 'toConfirm', 'all']).default('mine'),
  status: ZVisitCommitmentStatus.exclude(['draft']).optional(),
  ownerId: z.uuid().optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['dueAt', 'createdAt']).default('dueAt'),
});

export const ZVisitCommitmentDone = z.object({ note: zText(2000) });

export type TVisitCommitment = z.infer<typeof ZVisitCommitment>;
export type TVisitCommitmentDraft = z.output<typeof ZVisitCommitmentDraft>;
