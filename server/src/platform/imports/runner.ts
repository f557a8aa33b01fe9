import { performance } from 'node:perf_hooks';
import { and, eq, sql } from 'drizzle-orm';
import { type Db, queryRows, type Tx } from '../../db/client.js';
import { loadActor } from '../access/actor.js';
import { audit } from '../audit/audit.js';
import type { Clock } from '../clock.js';
import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';
import { readFile } from '../files/files.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { type ImportRow, rowsByKey } from './columns.js';
import {
  IMPORT_MAX_ROWS,
  IMPORT_RUN_SUBJECT,
  type ImportKind,
  type ImportRunRecord,
  importKind,
  type RowError,
  type RowOutcome,
} from './kinds.js';
import { readSheet, sheetFormat, takeParsedSheet } from './sheet.js';
import { importRuns } from './tables.js';

/** A run marked running whose last batch is older than this was left by a stopped process. */
export const IMPORT_LEASE_MS = 60_000;
/** A run interrupted more often than this is failed instead of resumed again. */
const MAX_RESUMES = 3;

/** The run's message (why it failed) is stored in both languages as JSON text. */
export function encodeRunMessage(message: Localized): string {
  return JSON.stringify(message);
}
export function runMessage(text: string | null, lang: Lang): string | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<Localized>;
    return parsed[lang] ?? parsed['zh-CN'] ?? text;
  } catch {
    return text;
  }
}

/** After each batch the runner pauses for this share of the batch's time (at least the minimum). */
const PAUSE_SHARE = 0.25;
const PAUSE_MIN_MS = 5;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class LostRun extends Error {}

const runnerOf = new WeakMap<object, ImportRunner>();

/**
 * The runner of an open database (one per database per process), made on first use. The app
 * makes it when its routes are registered (with its logger) and stops it on close.
 */
export function importRunnerFor(db: Db, clock: Clock, onError?: (err: unknown) => void): ImportRunner {
  return runnerOf.get(db) ?? new ImportRunner(db, clock, onError);
}

/**
 * Works through queued import runs in the background, one run at a time per process, each in
 * batches of short transactions: a batch writes its rows and the run's progress, counts and
 * errors together, so a poller sees progress and a crash loses at most the batch in flight.
 * A kick during a pass makes one more pass. A run left running by a process that stopped is
 * taken over once its lease has run out (or failed after repeated interruptions); on shutdown
 * the run in progress goes back to the queue after its current batch.
 */
export class ImportRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly onError: (err: unknown) => void = () => {},
  ) {
    runnerOf.set(db, this);
  }

  kick(): void {
    if (this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when no pass is in progress (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Finishes the batch in flight, puts its run back in the queue and stops taking work. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }

  get busy(): boolean {
    return this.running !== null;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        for (let run = await this.claim(); run && !this.stopping; run = await this.claim()) {
          await this.process(run);
        }
      } catch (err) {
        this.onError(err);
      }
    } while (this.again && !this.stopping);
  }

  /** Takes the oldest queued run, or one whose lease ran out, in one conditional UPDATE. */
  private async claim(): Promise<ImportRunRecord | null> {
    const now = this.clock.now();
    const stale = new Date(now.getTime() - IMPORT_LEASE_MS);
    const rows = await queryRows<{ id: string }>(
      this.db,
      sql`update import_runs set
            status = 'running',
            started_at = coalesce(started_at, ${now.toISOString()}::timestamptz),
            updated_at = ${now.toISOString()}::timestamptz,
            options = case when status = 'running'
              then jsonb_set(options, '{resumes}', to_jsonb(coalesce((options->>'resumes')::int, 0) + 1))
              else options end
          where id = (
            select id from import_runs
            where status = 'queued' or (status = 'running' and updated_at < ${stale.toISOString()}::timestamptz)
            order by created_at limit 1 for update skip locked)
          returning id`,
    );
    const id = rows[0]?.id;
    if (!id) return null;
    const [run] = await this.db.select().from(importRuns).where(eq(importRuns.id, id));
    return run ?? null;
  }

  private async process(run: ImportRunRecord): Promise<void> {
    const options = run.options as { lang?: Lang; resumes?: number };
    const kind = importKind(run.kind);
    if (!kind)
      return this.fail(run, null, {
        'zh-CN': `未知的导入类型 ${run.kind}`,
        en: `Unknown import kind ${run.kind}`,
      });
    if ((options.resumes ?? 0) > MAX_RESUMES) {
      return this.fail(run, null, {
        'zh-CN': '导入多次被中断（服务器重启），已停止；已导入的行保留，请把剩余的行重新导入',
        en: 'The import was interrupted repeatedly (server restarts) and has stopped; rows already imported stay, import the rest again',
      });
    }
    const actor = await loadActor(this.db, run.ownerId);
    if (!actor) {
      return this.fail(run, null, {
        'zh-CN': '导入人的账号已停用，导入已停止',
        en: 'The importer’s account is disabled; the import has stopped',
      });
    }
    const ctx: Ctx = {
      db: this.db,
      clock: this.clock,
      actor,
      requestId: `import:${run.id}`,
      ip: null,
      userAgent: null,
      lang: options.lang ?? 'zh-CN',
    };
    let rows: ImportRow[];
    try {
      let sheet = takeParsedSheet(run.id);
      if (!sheet) {
        const file = await readFile(
          this.db,
          { subjectType: IMPORT_RUN_SUBJECT, subjectId: run.id },
          run.fileId,
        );
        sheet = await readSheet(file.content, sheetFormat(run.fileName, file.content), {
          maxRows: IMPORT_MAX_ROWS,
        });
      }
      rows = rowsByKey(sheet, kind.columns);
    } catch (err) {
      const problem = err instanceof AppError ? err.fields?.file : undefined;
      return this.fail(
        run,
        ctx,
        problem ?? { 'zh-CN': '无法读取导入文件', en: 'The import file could not be read' },
      );
    }
    if (run.totalRows !== rows.length) {
      await this.db.update(importRuns).set({ totalRows: rows.length }).where(eq(importRuns.id, run.id));
    }
    try {
      const state = await kind.begin(ctx, run);
      let done = run.processedRows;
      while (done < rows.length) {
        if (this.stopping) {
          await this.db
            .update(importRuns)
            .set({ status: 'queued' })
            .where(and(eq(importRuns.id, run.id), eq(importRuns.status, 'running')));
          return;
        }
        const batch = rows.slice(done, done + kind.batchSize);
        const t0 = performance.now();
        await this.commitBatchRobustly(ctx, kind, state, run, batch, done);
        done += batch.length;
        // Leave the database to everyone else for a moment: on PGlite (one connection) the
        // next batch would otherwise queue ahead of each request's next query.
        await pause(Math.max(PAUSE_MIN_MS, (performance.now() - t0) * PAUSE_SHARE));
      }
    } catch (err) {
      if (err instanceof LostRun) return;
      this.onError(err);
      return this.fail(run, ctx, {
        'zh-CN': '导入因系统错误中止；已导入的行保留，请稍后把剩余的行重新导入',
        en: 'The import stopped on a system error; rows already imported stay, import the rest again later',
      });
    }
    await this.finish(run, ctx);
  }

  /**
   * A batch in one transaction; if it fails (a row the database refuses, a lost connection),
   * once more, then row by row so one bad row becomes a reported bad row and the rest go in.
   */
  private async commitBatchRobustly(
    ctx: Ctx,
    kind: ImportKind,
    state: unknown,
    run: ImportRunRecord,
    batch: ImportRow[],
    done: number,
  ): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        return await this.commitBatch(ctx, kind, state, run, batch, done, null);
      } catch (err) {
        if (err instanceof LostRun) throw err;
        this.onError(err);
      }
    }
    for (const [i, row] of batch.entries()) {
      try {
        await this.commitBatch(ctx, kind, state, run, [row], done + i, null);
      } catch (err) {
        if (err instanceof LostRun) throw err;
        this.onError(err);
        await this.commitBatch(ctx, kind, state, run, [row], done + i, {
          field: null,
          reason: { 'zh-CN': '该行无法保存（系统错误）', en: 'This row could not be saved (system error)' },
        });
      }
    }
  }

  /** Writes one batch and the run's progress together; `failed` records the rows as bad instead. */
  private async commitBatch(
    ctx: Ctx,
    kind: ImportKind,
    state: unknown,
    run: ImportRunRecord,
    batch: ImportRow[],
    done: number,
    failed: RowError | null,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const outcomes: RowOutcome[] = failed
        ? batch.map((r) => ({ row: r.row, status: 'bad', errors: [failed] }))
        : await kind.processBatch(tx, ctx, batch, state, run);
      await this.recordProgress(tx, run, outcomes, done, batch.length);
    });
  }

  private async recordProgress(
    tx: Tx,
    run: ImportRunRecord,
    outcomes: RowOutcome[],
    done: number,
    size: number,
  ): Promise<void> {
    const errors: { row: number; field: string | null; reason: Localized }[] = [];
    const duplicates: { row: number; recordId: string; matches: unknown[] }[] = [];
    let ok = 0;
    let bad = 0;
    for (const o of outcomes) {
      if (o.status === 'ok') {
        ok += 1;
        if (o.duplicates.length > 0) duplicates.push({ row: o.row, recordId: o.id, matches: o.duplicates });
      } else {
        bad += 1;
        for (const e of o.errors) errors.push({ row: o.row, field: e.field, reason: e.reason });
      }
    }
    const moved = await tx
      .update(importRuns)
      .set({
        processedRows: sql`${importRuns.processedRows} + ${size}`,
        okRows: sql`${importRuns.okRows} + ${ok}`,
        badRows: sql`${importRuns.badRows} + ${bad}`,
        duplicateRows: sql`${importRuns.duplicateRows} + ${duplicates.length}`,
        errors: errors.length ? sql`${importRuns.errors} || ${JSON.stringify(errors)}::jsonb` : undefined,
        duplicates: duplicates.length
          ? sql`${importRuns.duplicates} || ${JSON.stringify(duplicates)}::jsonb`
          : undefined,
        updatedAt: this.clock.now(),
      })
      .where(
        and(eq(importRuns.id, run.id), eq(importRuns.processedRows, done), eq(importRuns.status, 'running')),
      )
      .returning({ id: importRuns.id });
    // Another process took the run over (or it was failed): this batch rolls back.
    if (moved.length === 0) throw new LostRun();
  }

  private async finish(run: ImportRunRecord, ctx: Ctx): Promise<void> {
    const at = this.clock.now();
    await this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(importRuns)
        .set({ status: 'done', finishedAt: at, updatedAt: at })
        .where(and(eq(importRuns.id, run.id), eq(importRuns.status, 'running')))
        .returning();
      if (!row) return;
      await audit(tx, ctx, {
        entity: IMPORT_RUN_SUBJECT,
        entityId: run.id,
        action: 'import.done',
        after: {
          totalRows: row.totalRows,
          okRows: row.okRows,
          badRows: row.badRows,
          duplicateRows: row.duplicateRows,
        },
      });
    });
  }

  private async fail(run: ImportRunRecord, ctx: Ctx | null, message: Localized): Promise<void> {
    const at = this.clock.now();
    const auditCtx: Ctx = ctx ?? {
      db: this.db,
      clock: this.clock,
      actor: null,
      requestId: `import:${run.id}`,
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    await this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(importRuns)
        .set({ status: 'failed', message: encodeRunMessage(message), finishedAt: at, updatedAt: at })
        .where(and(eq(importRuns.id, run.id), eq(importRuns.status, 'running')))
        .returning({ id: importRuns.id });
      if (!row) return;
      await audit(tx, auditCtx, {
        entity: IMPORT_RUN_SUBJECT,
        entityId: run.id,
        action: 'import.fail',
        after: { message },
      });
    });
  }
}
