import { z } from 'zod';
import { scopes } from './access/scopes.js';
import { vmsg } from './validation-messages.js';

/** Shared request/response pieces. Dates travel as ISO-8601 text in UTC. */
export const ZId = z.object({ id: z.uuid() });
/** For ids that arrive as free text (e.g. an approval's docId) before they meet a uuid column. */
export const isUuid = (value: string): boolean => z.uuid().safeParse(value).success;
/** Years the database and the clients read back exactly (PostgreSQL has no year 0). */
const yearInRange = (year: number): boolean => year >= 1000 && year <= 9999;
const inYearRange = (v: string): boolean => yearInRange(Number(v.slice(0, 4)));
/**
 * A moment with its offset. Its year must be in range as written and as the instant in UTC (how
 * it is stored and sent back): "9999-12-31T23:59-23:59" is in the year 10000.
 */
export const ZDateTime = z.iso
  .datetime({ offset: true })
  .refine((v) => inYearRange(v) && yearInRange(new Date(v).getUTCFullYear()), { error: vmsg('dateRange') });
export const ZOk = z.object({ ok: z.literal(true) });
export const ZScope = z.enum(scopes);
export const ZLocale = z.enum(['zh-CN', 'en']);
export const ZLocalized = z.object({ 'zh-CN': z.string(), en: z.string() });
/** A person or a unit as other records show them. */
export const ZUserRef = z.object({ id: z.uuid(), username: z.string(), displayName: z.string() });
export const ZUnitRef = z.object({ id: z.uuid(), name: z.string() });
export type TUserRef = z.infer<typeof ZUserRef>;

/** A required text field: trimmed, not blank. */
export const zText = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: vmsg('required') })
    .max(max);
export const zOptionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();

/** Money in fen as a string of digits (bigint stays exact); empty or null = no amount. */
export const zFenInput = z
  .string()
  .trim()
  .regex(/^\d{0,15}$/, { error: vmsg('amountFen') })
  .transform((v) => (v === '' ? null : v))
  .nullish();
/**
 * A required amount in fen: a string of 1–15 digits. The format check aborts, so a refinement
 * added after it (which may read the digits as a number) never sees "1.5", "1e5" or "abc".
 */
export const zFen = z
  .string()
  .trim()
  .regex(/^\d{1,15}$/, { error: vmsg('amountFen'), abort: true });
/** A required amount in fen above zero; decided on the digits, so it is safe on any input. */
export const zPositiveFen = zFen.refine((v) => /[1-9]/.test(v), { error: vmsg('amountFen') });
/** A calendar date, YYYY-MM-DD. */
export const zDate = z.iso.date({ error: vmsg('date') }).refine(inYearRange, { error: vmsg('dateRange') });

/** Page and page size of a paged list. */
export const ZPaging = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const ZPageQuery = ZPaging.extend({
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** The position after a page of a list that pages by cursor (its `nextCursor`), instead of `page`. */
export const ZCursor = z.object({ cursor: z.string().max(2000).optional() });

/**
 * A page of a list. `total` counts the matching rows up to 10,000 (platform/lists COUNT_CAP; a
 * text search on a list that pages by cursor up to 1,000, SEARCH_COUNT_CAP); with `totalCapped`
 * there are more and `total` is the cap ("10,000+").
 */
export function zPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    totalCapped: z.boolean().default(false),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** A page of a list that pages by cursor: `nextCursor` gives the rows after it (null: the last page). */
export function zCursorPage<T extends z.ZodType>(item: T) {
  return zPage(item).extend({ nextCursor: z.string().nullable() });
}

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** Facts the client acts on, per error code (e.g. CUSTOMER_DUPLICATE: the existing records). */
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const iso = (d: Date): string => d.toISOString();
export const isoOrNull = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** A downloaded workbook (the body is the file, not JSON). */
export const ZXlsxFile = z.string().describe('Excel workbook (.xlsx)');
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
