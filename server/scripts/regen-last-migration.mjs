#!/usr/bin/env node
// Regenerates the newest migration from the current tables. Only for a migration that has not
// been released yet (no installation has applied it): it replaces the file rather than adding one.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'db', 'migrations');
const journalPath = path.join(dir, 'meta', '_journal.json');
const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
const last = journal.entries.pop();
if (!last || last.idx === 0) throw new Error('refusing to regenerate the first migration');
const name = last.tag.replace(/^\d+_/, '');
rmSync(path.join(dir, `${last.tag}.sql`), { force: true });
rmSync(path.join(dir, 'meta', `${String(last.idx).padStart(4, '0')}_snapshot.json`), { force: true });
writeFileSync(journalPath, `${JSON.stringify(journal, null, 2)}\n`);
execFileSync('npx', ['drizzle-kit', 'generate', '--name', name], {
  stdio: 'inherit',
  cwd: path.resolve(dir, '..', '..', '..'),
});
