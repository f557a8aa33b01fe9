import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BackupError } from './backup-error.js';

/** An embedded database's snapshot (PGlite data directory) or a pg_dump archive (custom format). */
export type SnapshotKind = 'tar.gz' | 'dump';

const NAME = /^xiaoguan-(\d{8})-(\d{6})(?:-(\d+))?\.(tar\.gz|dump)$/;
const PARTIAL = /^xiaoguan-\d{8}-\d{6}(?:-\d+)?\.(tar\.gz|dump)\.partial$/;

/** Snapshots inside the data directory would be copied into every later snapshot. */
export function assertOutsideDataDir(backupDir: string, dataDir: string): void {
  const rel = path.relative(path.resolve(dataDir), path.resolve(backupDir));
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new BackupError(`BACKUP_DIR (${backupDir}) must not be inside DATA_DIR (${dataDir}).`);
  }
}

/** `YYYYMMDD-HHmmss` in UTC. */
export function utcStamp(at: Date): string {
  const iso = at.toISOString(); // 2026-03-02T01:02:03.000Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** xiaoguan-YYYYMMDD-HHmmss.tar.gz (or .dump); the time is UTC. */
export function snapshotFileName(at: Date, kind: SnapshotKind, seq = 1): string {
  return `xiaoguan-${utcStamp(at)}${seq > 1 ? `-${seq}` : ''}.${kind}`;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A free name for a snapshot taken at `at` (a second one in the same second gets -2, -3 …). */
export async function newSnapshotPath(dir: string, at: Date, kind: SnapshotKind): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (let seq = 1; ; seq++) {
    const file = path.join(dir, snapshotFileName(at, kind, seq));
    if (!(await exists(file)) && !(await exists(`${file}.partial`))) return file;
  }
}

/**
 * Writes a snapshot under its final name only once it is complete (written as .partial, then
 * renamed), so a crash mid-write never leaves a file that looks like a good snapshot.
 */
export async function writeSnapshot(dir: string, at: Date, data: Blob): Promise<string> {
  const file = await newSnapshotPath(dir, at, 'tar.gz');
  await writeFile(`${file}.partial`, new Uint8Array(await data.arrayBuffer()));
  await rename(`${file}.partial`, file);
  return file;
}

/** Our snapshots of one kind in `dir`, oldest first. Files not named by us are not listed. */
export async function listSnapshots(dir: string, kind: SnapshotKind): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ours = names
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null && x.m[4] === kind);
  ours.sort((a, b) => {
    const ka = `${a.m[1]}${a.m[2]}`;
    const kb = `${b.m[1]}${b.m[2]}`;
    return ka === kb ? Number(a.m[3] ?? 1) - Number(b.m[3] ?? 1) : ka < kb ? -1 : 1;
  });
  return ours.map((x) => x.name);
}

/**
 * Keeps the newest `keep` snapshots of a kind and deletes older ones, and any unfinished
 * .partial file of ours (left by a crash). Other files in the folder are never touched.
 */
export async function pruneSnapshots(dir: string, kind: SnapshotKind, keep: number): Promise<string[]> {
  const all = await listSnapshots(dir, kind);
  const names = await readdir(dir).catch(() => [] as string[]);
  const partials = names.filter((n) => PARTIAL.test(n) && n.endsWith(`.${kind}.partial`));
  const removed = [...all.slice(0, Math.max(0, all.length - keep)), ...partials];
  for (const name of removed) await rm(path.join(dir, name), { force: true });
  return removed;
}
