import { audit } from '../audit/audit.js';
import { readCompanyTimeZone } from '../company-time.js';
import { type Ctx, inTx } from '../context.js';
import { localDate } from '../deadlines/calendar.js';
import type { Localized } from '../i18n/lang.js';
import { buildXlsx, EXPORT_MAX_ROWS, type ExportColumn } from './xlsx.js';

export interface ExportedFile {
  filename: string;
  content: Buffer;
  rows: number;
}

/**
 * ORG-5: an export is its own permission (checked by the route) and is audited: who exported
 * which list with which filters, and how many rows. The rows come from the list's own query,
 * so the exporter's data scope applies exactly as on screen.
 */
export async function exportList<T>(
  ctx: Ctx,
  spec: {
    entity: string;
    sheet: Localized;
    columns: ExportColumn<T>[];
    filters: Record<string, unknown>;
    fetch: (limit: number) => Promise<T[]>;
  },
): Promise<ExportedFile> {
  const at = ctx.clock.now();
  const timeZone = await readCompanyTimeZone(ctx.db, at);
  const rows = await spec.fetch(EXPORT_MAX_ROWS);
  const content = await buildXlsx(spec.sheet, spec.columns, rows, ctx.lang, { timeZone, at });
  await inTx(ctx, (tx) =>
    audit(tx, ctx, {
      entity: 'export',
      entityId: spec.entity,
      action: `${spec.entity}.export`,
      after: { filters: spec.filters, rows: rows.length },
    }),
  );
  const day = localDate(at, timeZone);
  return { filename: `${spec.entity}-${day}.xlsx`, content, rows: rows.length };
}

/** The filters of a list query, without its paging (what the audit row records). */
export function withoutPaging<Q extends { page: number; pageSize: number; cursor?: string | undefined }>(
  query: Q,
): Omit<Q, 'page' | 'pageSize' | 'cursor'> {
  const { page: _page, pageSize: _pageSize, cursor: _cursor, ...filters } = query;
  return filters;
}
