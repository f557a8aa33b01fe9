import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * PGlite is one process's database: two processes opening the same data directory corrupt it.
 * Whoever opens DATA_DIR (the server, backup, restore, audit:verify) first writes its process id
 * to this file in it, and removes the file when it exits. A process killed outright leaves the
 * file behind; its process id is then no longer alive and the next one takes the lock over.
 */
export const LOCK_FILE = 'xiaoguan.lock';

export interface LockHolder {
  pid: number;
  /** What holds it: server, backup, restore … */
  role: string;
  since: string;
}

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // our own id in the file: left by an earlier life (a restarted container)
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(dataDir: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(lockFilePath(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : { pid: 0, role: 'unknown', since: '' };
  } catch {
    return { pid: 0, role: 'unknown', since: '' }; // a half-written file: nobody alive wrote it completely
  }
}

/** The live process holding the data directory, or null when it is free (no lock or a stale one). */
export function lockHolder(dataDir: string): LockHolder | null {
  const holder = readLock(dataDir);
  return holder && isAlive(holder.pid) ? holder : null;
}

function writeLock(file: string, role: string, flags: 'wx' | 'w'): void {
  const fd = openSync(file, flags);
  try {
    const holder: LockHolder = { pid: process.pid, role, since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes our lock again over whatever replaced it while we held the directory (a restored
 * snapshot brings the lock file of the server it was taken in).
 */
export function reclaimLock(dataDir: string, role: string): void {
  writeLock(lockFilePath(dataDir), role, 'w');
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `${dataDir} is in use by process ${holder.pid} (${holder.role}, since ${holder.since}). ` +
        `If no such process is running, delete ${lockFilePath(dataDir)}.`,
    );
  }
}

/**
 * Takes the data directory for this process (creating the directory if needed); throws
 * DataDirBusyError when a live process holds it. Returns the release function; the lock is
 * also released when the process exits normally.
 */
export function lockDataDir(dataDir: string, role: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  for (let attempt = 0; ; attempt++) {
    try {
      writeLock(file, role, 'wx'); // fails if the file exists: two starting processes never both win
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const holder = lockHolder(dataDir);
      if (holder) throw new DataDirBusyError(dataDir, holder);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const holder = readLock(dataDir);
    if (holder?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}
