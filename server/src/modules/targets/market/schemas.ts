import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zPositiveFen,
} from '../../../platform/schemas.js';

const ZYear = z.coerce.number().int().min(2000).max(2100);

/** PLAN-5: a region's (or the company's) market size for a year, in fen, and where the figure comes from. */
export const ZMarketSizeInput = z.object({
  unitId: z.uuid(),
  year: ZYear,
  sizeFen: zPositiveFen,
  source: zOptionalText(200),
  /** When the figure was taken (a survey's or a report's date). */
  enteredOn: zDate.nullish(),
});
export type TMarketSizeInput = z.output<typeof ZMarketSizeInput>;

export const ZMarketSize = z.object({
  id: z.uuid(),
  unit: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['company', 'region']) }),
  year: z.number().int(),
  sizeFen: z.string(),
  source: z.string().nullable(),
  enteredOn: z.string().nullable(),
  enteredBy: ZUserRef.nullable(),
  updatedAt: ZDateTime,
});
export type TMarketSize = z.infer<typeof ZMarketSize>;
export const ZMarketSizePage = zPage(ZMarketSize);

export const ZMarketSizeQuery = ZPaging.extend({
  year: ZYear.optional(),
  unitId: z.uuid().optional(),
  sort: z.enum(['year', 'unit', 'size']).default('year'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TMarketSizeQuery = z.output<typeof ZMarketSizeQuery>;
