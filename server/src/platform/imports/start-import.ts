import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit.js';
import { type Ctx, inTx, requireActor } from '../context.js';
import { storeFile, type Upload } from '../files/files.js';
import { matchHeader } from './columns.js';
import { IMPORT_MAX_ROWS, IMPORT_RUN_SUBJECT, type ImportKind, type ImportRunRecord } from './kinds.js';
import { importRunnerFor } from './runner.js';
import { keepParsedSheet, readSheet, sheetFormat } from './sheet.js';
import { importRuns } from './tables.js';

/**
 * Starts an import: checks what can be checked at once (xlsx or UTF-8 CSV, the header row has
 * the required columns, not too many rows), stores the file, queues the run and hands it to
 * the background runner — the response does not wait for the rows. Progress is polled on the run.
 */
export async function startImport(
  ctx: Ctx,
  kind: ImportKind,
  upload: Upload,
  options: Record<string, unknown> = {},
): Promise<ImportRunRecord> {
  const actor = requireActor(ctx);
  const format = sheetFormat(upload.fileName, upload.content);
  const sheet = await readSheet(upload.content, format, { maxRows: IMPORT_MAX_ROWS });
  matchHeader(sheet.header, kind.columns);
  const id = randomUUID();
  const at = ctx.clock.now();
  const run = await inTx(ctx, async (tx) => {
    const file = await storeFile(
      tx,
      ctx,
      { subjectType: IMPORT_RUN_SUBJECT, subjectId: id, purpose: 'import_source' },
      upload,
    );
    const [row] = await tx
      .insert(importRuns)
      .values({
        id,
        kind: kind.kind,
        status: 'queued',
        fileId: file.id,
        fileName: upload.fileName,
        totalRows: sheet.rows.length,
        ownerId: actor.id,
        unitId: actor.unitId,
        options: { ...options, lang: ctx.lang },
        createdAt: at,
        updatedAt: at,
        createdBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('import run insert failed');
    await audit(tx, ctx, {
      entity: IMPORT_RUN_SUBJECT,
      entityId: id,
      action: 'import.start',
      after: { kind: kind.kind, fileName: upload.fileName, fileId: file.id, options },
    });
    return row;
  });
  keepParsedSheet(id, sheet);
  // Not awaited: the runner picks the run up once this request has answered.
  const runner = importRunnerFor(ctx.db, ctx.clock);
  setImmediate(() => runner.kick());
  return run;
}
