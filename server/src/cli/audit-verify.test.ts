import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { loadDemoData } from '../demo/load-demo.js';
import { ensurePresetRoles } from '../modules/roles/ensure-presets.js';
import { BusinessClock } from '../platform/clock.js';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '..', '..');

async function verifyCli(dataDir: string) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
      cwd: serverDir,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, out: e.stderr };
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('npm run audit:verify', () => {
  it('PEN-3: passes on demo data and fails naming the row changed in SQL', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'xg-audit-'));
    try {
      let database = await openPglite(dir);
      await migrateDatabase(database);
      await ensurePresetRoles(database.db);
      await loadDemoData(database.db, new BusinessClock());
      await database.close();

      const ok = await verifyCli(dir);
      expect(ok.code).toBe(0);
      expect(ok.out).toMatch(/intact: \d+ rows/);

      database = await openPglite(dir);
      await database.db.execute(sql`update audit_log set action = 'user.nothing' where id = 7`);
      await database.close();
      const broken = await verifyCli(dir);
      expect(broken.code).toBe(1);
      expect(broken.out).toContain('BROKEN at row 7');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
