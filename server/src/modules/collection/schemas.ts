import { z } from 'zod';
import {
  ZCursor,
  ZDateTime,
  ZPageQuery,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zCursorPage,
  zDate,
  zFen,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { legalStatuses } from '../contracts/index.js';
import { dunningOutcomes } from './tables.js';

/** AR-5: where an instalment stands today (company calendar). */
export const receivableStatuses = ['not_due', 'due_soon', 'overdue', 'paid'] as const;
export const ZReceivableStatus = z.enum(receivableStatuses);

/**
 * AR-9: an aging bucket by days overdue, `from-to` (inclusive) or `from-` for the open-ended last
 * one, e.g. `1-30`, `31-60`, `61-90`, `91-` for the default policy [30, 60, 90].
 */
export const ZBucketKey = z.string().regex(/^\d{1,4}-\d{0,4}$/, { error: vmsg('required') });

const zMany = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])
    .optional();

/** The filters the receivable list, its export and the aging/summary reports share. */
export const ZReceivableFilters = z.object({
  status: zMany(ZReceivableStatus),
  bucket: ZBucketKey.optional(),
  ownerId: z.uuid().optional(),
  /** This unit and the units below it (`unitTree=false`: this unit only). */
  unitId: z.uuid().optional(),
  unitTree: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  customerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  /** Customer name or contract number contains. */
  q: z.string().trim().max(100).optional(),
});
export type TReceivableFilters = z.output<typeof ZReceivableFilters>;

export const ZReceivableListQuery = ZPageQuery.extend(ZReceivableFilters.shape)
  .extend(ZCursor.shape)
  .extend({
    sort: z.enum(['dueDate', 'openFen', 'daysOverdue']).default('dueDate'),
  });

export const ZReceivable = z.object({
  /** The instalment's id. */
  id: z.uuid(),
  seq: z.number().int(),
  contract: z.object({
    id: z.uuid(),
    number: z.string(),
    title: z.string(),
    legalStatus: z.enum(legalStatuses),
  }),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  owner: ZUserRef,
  unit: ZUnitRef,
  dueDate: z.iso.date(),
  amountFen: z.string(),
  /** AR-4: confirmed payments only. */
  collectedFen: z.string(),
  /** What is still owed: the amount less confirmed payments, credit notes and write-offs. */
  openFen: z.string(),
  status: ZReceivableStatus,
  /** Days past the due date (0 when not overdue or paid). */
  daysOverdue: z.number().int(),
  /** Aging bucket key when overdue and open, else null. */
  bucket: z.string().nullable(),
});
export type TReceivable = z.infer<typeof ZReceivable>;
export const ZReceivablePage = zCursorPage(ZReceivable).extend({ today: z.iso.date() });

export const ZBucket = z.object({
  key: z.string(),
  fromDays: z.number().int(),
  /** null: open-ended. */
  toDays: z.number().int().nullable(),
});
export type TBucket = z.infer<typeof ZBucket>;

export const agingGroups = ['rep', 'unit', 'region', 'customer'] as const;
export const ZAgingGroupBy = z.enum(agingGroups);

export const ZAgingQuery = ZReceivableFilters.omit({ status: true, bucket: true }).extend({
  groupBy: ZAgingGroupBy.default('rep'),
});

const ZAgingFigures = z.object({
  notDueFen: z.string(),
  /** One sum per bucket, in the order of `buckets`. */
  bucketFen: z.array(z.string()),
  overdueFen: z.string(),
  totalOpenFen: z.string(),
});
export const ZAgingRow = ZAgingFigures.extend({
  /** The id of the rep, unit, region (a unit) or customer: the list's drill-down filter. */
  key: z.uuid(),
  label: z.string(),
});
export const ZAging = z.object({
  today: z.iso.date(),
  groupBy: ZAgingGroupBy,
  buckets: z.array(ZBucket),
  rows: z.array(ZAgingRow),
  totals: ZAgingFigures,
});
export type TAging = z.infer<typeof ZAging>;
export type TAgingRow = z.infer<typeof ZAgingRow>;

export const ZSummaryQuery = ZReceivableFilters.omit({ status: true, bucket: true })
  .extend({ from: zDate, to: zDate, groupBy: ZAgingGroupBy.optional() })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: vmsg('dateRange') });
  });

const ZSummaryFigures = z.object({
  /** Σ instalments in force falling due in the period. */
  dueInPeriodFen: z.string(),
  /** Σ confirmed payments, confirmed by the end of the period, against those instalments. */
  collectedInPeriodFen: z.string(),
  /** collected ÷ due, percent with one decimal; null without anything due. */
  collectionRatePct: z.number().nullable(),
  openFen: z.string(),
  overdueFen: z.string(),
  /** overdue ÷ open, percent with one decimal; null without anything open. */
  overdueRatioPct: z.number().nullable(),
  /** Σ contracts signed in the last `dsoDays` days (main amounts plus supplement deltas). */
  salesFen: z.string(),
  /** open ÷ (sales ÷ dsoDays), days with one decimal; null without sales. */
  dsoDays: z.number().nullable(),
});
export const ZSummary = ZSummaryFigures.extend({
  from: z.iso.date(),
  to: z.iso.date(),
  today: z.iso.date(),
  dsoPeriodDays: z.number().int(),
  groups: z.array(ZSummaryFigures.extend({ key: z.uuid(), label: z.string() })).optional(),
});
export type TSummary = z.infer<typeof ZSummary>;

// ── Dunning (AR-6) ──

export const ZDunningRun = z.object({
  id: z.uuid(),
  period: z.string(),
  runOn: z.iso.date(),
  itemCount: z.number().int(),
  issuedAt: ZDateTime,
  issuedBy: ZUserRef.nullable(),
  openCount: z.number().int(),
});
export const ZDunningRunList = z.object({
  items: z.array(ZDunningRun),
  /** The day of this month the run is allowed from, and whether this month's is done. */
  today: z.iso.date(),
  runFrom: z.iso.date(),
  doneThisMonth: z.boolean(),
});
export type TDunningRun = z.infer<typeof ZDunningRun>;
export type TDunningRunList = z.infer<typeof ZDunningRunList>;

export const ZDunningOutcome = z.enum(dunningOutcomes);

export const ZDunningItemQuery = ZPaging.extend({
  runId: z.uuid().optional(),
  repId: z.uuid().optional(),
  /** `open`: no outcome yet. */
  outcome: z.union([ZDunningOutcome, z.literal('open')]).optional(),
  /** AR-6 `true`: the items I supervise still waiting to be passed on to the reps. */
  toDispatch: z.enum(['true', 'false']).optional(),
});

export const ZDunningItem = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  period: z.string(),
  instalmentId: z.uuid(),
  contract: z.object({ id: z.uuid(), number: z.string() }),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  rep: ZUserRef,
  supervisor: ZUserRef.nullable(),
  outstandingFen: z.string(),
  dueDate: z.iso.date(),
  daysOverdue: z.number().int(),
  outcome: ZDunningOutcome.nullable(),
  outcomeNote: z.string().nullable(),
  promisedOn: z.iso.date().nullable(),
  outcomeAt: ZDateTime.nullable(),
  outcomeBy: ZUserRef.nullable(),
  /** AR-6: when the supervisor passed it to the rep; null: still with the supervisor. */
  dispatchedAt: ZDateTime.nullable(),
  /** Null with a time: dispatched automatically (or the rep has no supervisor). */
  dispatchedBy: ZUserRef.nullable(),
});
export type TDunningItem = z.infer<typeof ZDunningItem>;
export const ZDunningItemPage = zPage(ZDunningItem);

/** AR-6: the supervisor passes items on: the ones named, or (none named) all that wait. */
export const ZDunningDispatchInput = z.object({ itemIds: z.array(z.uuid()).min(1).max(500).optional() });
export const ZDunningDispatchResult = z.object({ dispatched: z.number().int() });

export const ZDunningOutcomeInput = z
  .object({ outcome: ZDunningOutcome, note: zOptionalText(1000), promisedOn: zDate.nullish() })
  .superRefine((v, ctx) => {
    if (v.outcome === 'promised' && !v.promisedOn)
      ctx.addIssue({ code: 'custom', path: ['promisedOn'], message: vmsg('required') });
  });

// ── Legal status and write-offs (AR-8) ──

export const ZLegalStatusInput = z.object({ status: z.enum(legalStatuses), note: zText(1000) });
export const ZLegalStatusResult = z.object({
  id: z.uuid(),
  legalStatus: z.enum(legalStatuses),
  legalStatusAt: ZDateTime.nullable(),
});

export const writeOffStatuses = ['draft', 'reviewing', 'approved', 'rejected'] as const;
export const ZWriteOffCreate = z.object({ contractId: z.uuid(), amountFen: zFen, reason: zText(1000) });
export const ZWriteOff = z.object({
  id: z.uuid(),
  contract: z.object({ id: z.uuid(), number: z.string() }),
  customer: z.object({ id: z.uuid(), name: z.string() }),
  owner: ZUserRef,
  amountFen: z.string(),
  reason: z.string(),
  status: z.enum(writeOffStatuses),
  createdBy: ZUserRef.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export type TWriteOff = z.infer<typeof ZWriteOff>;
export const ZWriteOffQuery = ZPaging.extend({
  status: z.enum(writeOffStatuses).optional(),
  contractId: z.uuid().optional(),
  customerId: z.uuid().optional(),
});
export const ZWriteOffPage = zPage(ZWriteOff);

export type TReceivableStatus = z.infer<typeof ZReceivableStatus>;
export type TReceivableListQuery = z.input<typeof ZReceivableListQuery>;
export type TReceivablePage = z.infer<typeof ZReceivablePage>;
export type TAgingGroupBy = z.infer<typeof ZAgingGroupBy>;
export type TAgingQuery = z.input<typeof ZAgingQuery>;
export type TSummaryQuery = z.input<typeof ZSummaryQuery>;
export type TDunningItemQuery = z.input<typeof ZDunningItemQuery>;
export type TDunningItemPage = z.infer<typeof ZDunningItemPage>;
export type TDunningOutcome = z.infer<typeof ZDunningOutcome>;
export type TDunningOutcomeInput = z.input<typeof ZDunningOutcomeInput>;
export type TLegalStatus = z.infer<typeof ZLegalStatusInput>['status'];
export type TLegalStatusInput = z.input<typeof ZLegalStatusInput>;
export type TWriteOffCreate = z.input<typeof ZWriteOffCreate>;
export type TWriteOffQuery = z.input<typeof ZWriteOffQuery>;
export type TWriteOffPage = z.infer<typeof ZWriteOffPage>;
