import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db.js';
import { createPglite, openPglite, openPgliteFromSnapshot } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { loadDemoData } from '../../demo/load-demo.js';
import { ensurePresetRoles } from '../../modules/roles/ensure-presets.js';
import { verifyAuditChain } from '../audit/verify.js';
import { BusinessClock } from '../clock.js';
import { runDueJobs, syncJobs } from '../jobs/runner.js';
import { jobSummary } from '../jobs/summary.js';
import { jobs } from '../jobs/tables.js';
import { backupJob, enableBackups } from './job.js';
import { listSnapshots, snapshotFileName } from './snapshot-files.js';
import { tableCounts } from './table-counts.js';

const DAY = 24 * 60 * 60 * 1000;
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tmp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'xg-backup-job-'));
  dirs.push(dir);
  return dir;
}

describe('the daily backup job (backup.daily)', () => {
  // The job is the embedded database's: it runs on PGlite whichever database the suite is on.
  it('on the embedded database, keeps the newest BACKUP_KEEP snapshots and never touches other files', async () => {
    const database = await openPglite(await createPglite());
    const clock = new BusinessClock();
    clock.set(new Date('2026-03-02T18:00:00Z'));
    await migrateDatabase(database);
    await ensurePresetRoles(database.db);
    await loadDemoData(database.db, clock);
    const dir = await tmp();
    const others = ['notes.txt', 'xiaoguan-before-upgrade.tar.gz', 'xiaoguan-20260101-000000.dump'];
    for (const name of others) await writeFile(path.join(dir, name), 'not a snapshot of the job');
    enableBackups(database.db, { dir, keep: 3, snapshot: () => database.snapshot!() });

    await syncJobs(database.db, [backupJob], clock.now());
    const days: Date[] = [];
    for (let i = 0; i < 5; i++) {
      days.push(clock.now());
      expect(await runDueJobs({ db: database.db, clock, jobs: [backupJob] })).toBe(1);
      clock.advance(DAY);
    }

    const kept = days.slice(2).map((d) => snapshotFileName(d, 'tar.gz'));
    expect(kept[0]).toBe('xiaoguan-20260304-180000.tar.gz'); // UTC
    expect(await listSnapshots(dir, 'tar.gz')).toEqual(kept);
    expect((await readdir(dir)).sort()).toEqual([...kept, ...others].sort());
    for (const name of others)
      expect(await readFile(path.join(dir, name), 'utf8')).toBe('not a snapshot of the job');
    const [row] = await database.db.select().from(jobs).where(eq(jobs.name, backupJob.name));
    expect(row?.lastResult).toBe('ok');
    expect(row?.lastMessage).toBe(`wrote=${kept[2]} removed=1 keep=3`);

    // The newest snapshot opens as a database with every row and an intact audit chain.
    const restored = await openPgliteFromSnapshot(
      await tmp(),
      new Blob([await readFile(path.join(dir, kept[2] ?? ''))]),
    );
    try {
      expect(await tableCounts(restored.db)).toEqual(await tableCounts(database.db));
      expect((await verifyAuditChain(restored.db)).ok).toBe(true);
    } finally {
      await restored.close();
      await database.close();
    }
  }, 60_000);

  it('where backups are not enabled (PostgreSQL), writes nothing and says pg_dump is the way', async () => {
    const database = await createTestDatabase();
    try {
      const clock = new BusinessClock();
      clock.set(new Date('2026-03-02T18:00:00Z'));
      await syncJobs(database.db, [backupJob], clock.now());
      expect(await runDueJobs({ db: database.db, clock, jobs: [backupJob] })).toBe(1);
      const [row] = await database.db.select().from(jobs).where(eq(jobs.name, backupJob.name));
      expect(row?.lastResult).toBe('ok');
      expect(jobSummary(backupJob, row?.lastMessage ?? null)?.['zh-CN']).toContain('pg_dump');
    } finally {
      await database.close();
    }
  });
});
