import { spawn } from 'node:child_process';
import { open, rename, rm } from 'node:fs/promises';
import { BackupError } from './backup-error.js';

/**
 * The connection for pg_dump / pg_restore: the URL without its password (command lines are
 * visible to every user of the machine), the password in PGPASSWORD.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new BackupError(
              `${tool} not found: install the PostgreSQL client tools (major version at least the server's) and put them on PATH`,
            )
          : err,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit ${code}):\n${stderr.trim()}`)),
    );
  });
}

/** pg_dump in the custom format (-Fc), written as .partial and renamed when complete. */
export async function pgDump(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  try {
    await runTool('pg_dump', ['--format=custom', `--file=${file}.partial`, `--dbname=${dbname}`], env);
    await rename(`${file}.partial`, file);
  } finally {
    await rm(`${file}.partial`, { force: true });
  }
}

/**
 * pg_restore into an empty database in one transaction (all or nothing), stopping at the first
 * error. Objects are owned by the restoring user and the source's grants are not replayed (the
 * roles of another server may not exist).
 */
export async function pgRestore(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  const args = ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges'];
  await runTool('pg_restore', [...args, `--dbname=${dbname}`, file], env);
}

/** A pg_dump custom-format archive starts with PGDMP; a gzipped tarball with 1f 8b. */
export async function archiveKind(file: string): Promise<'dump' | 'tar.gz' | 'tar' | 'unknown'> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupError(`no such file: ${file}`);
  });
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'dump';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz';
    if (bytesRead >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
    return 'unknown';
  } finally {
    await handle.close();
  }
}
