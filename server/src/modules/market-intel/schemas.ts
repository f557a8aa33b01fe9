import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zFenInput,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { marketIntelKinds } from './tables.js';

export const ZMarketIntelKind = z.enum(marketIntelKinds);

/** OPS-10: what a rep records right after a visit. */
export const ZEntryInput = z.object({
  kind: ZMarketIntelKind,
  competitor: zOptionalText(100),
  product: zOptionalText(100),
  priceFen: zFenInput,
  region: zOptionalText(60),
  source: zOptionalText(100),
  observedOn: zDate,
  content: zText(4000),
  customerId: z.uuid().nullish(),
  visitId: z.uuid().nullish(),
});
export type TEntryInput = z.output<typeof ZEntryInput>;

export const ZEntryRow = z.object({
  id: z.uuid(),
  kind: ZMarketIntelKind,
  competitor: z.string().nullable(),
  product: z.string().nullable(),
  priceFen: z.string().nullable(),
  region: z.string().nullable(),
  source: z.string().nullable(),
  observedOn: z.string(),
  content: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  visitId: z.uuid().nullable(),
  user: ZUserRef,
  unit: ZUnitRef,
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export type TEntryRow = z.infer<typeof ZEntryRow>;

export const ZEntry = ZEntryRow.extend({
  /** Whether the reader may change it now (the writer within marketIntel.editDays, or above them). */
  can: z.object({ edit: z.boolean() }),
  /** Until when the writer may change it. */
  editableUntil: ZDateTime,
});
export type TEntry = z.infer<typeof ZEntry>;

const filters = {
  q: z.string().trim().max(100).optional(),
  kind: ZMarketIntelKind.optional(),
  competitor: z.string().trim().max(100).optional(),
  region: z.string().trim().max(60).optional(),
  customerId: z.uuid().optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['observedOn', 'createdAt', 'competitor']).default('observedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export const ZEntryQuery = ZPaging.extend(filters);
export type TEntryQuery = z.output<typeof ZEntryQuery>;
export const ZEntryExportQuery = z.object(filters);
export type TEntryExportQuery = z.output<typeof ZEntryExportQuery>;
export const ZEntryPage = zPage(ZEntryRow);
