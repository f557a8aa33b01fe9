import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * The repository root: two levels above this file's folder — server/src in the sources,
 * server/dist in the build (ADR 36; both the same depth, which the build keeps).
 */
export const repoRoot = path.resolve(here, '..', '..');

/** A setting the server cannot start with; its message says which and why. */
export class ConfigError extends Error {}

export interface Config {
  port: number;
  host: string;
  /** postgres://… for a PostgreSQL server; undefined for the embedded database. */
  databaseUrl: string | undefined;
  /** Folder of the embedded (PGlite) database. */
  dataDir: string;
  /** Load demo data: always for a new embedded database; on PostgreSQL only with --demo. */
  demo: boolean;
  webDist: string;
  logLevel: string;
  /** Requests per minute per IP on the login route. */
  loginRateLimitPerMinute: number;
  /** Set cookies Secure (behind TLS): TRUST_PROXY or COOKIE_SECURE. */
  trustProxy: boolean;
  cookieSecure: boolean | 'auto';
  /** Folder of backups (npm run backup, the daily job): BACKUP_DIR, default ./backups. */
  backupDir: string;
  /** How many daily snapshots of the embedded database the job keeps: BACKUP_KEEP, default 7. */
  backupKeep: number;
  /** Other origins (a separate front-end host) whose browser requests may change data; CSRF check. */
  allowedOrigins: string[];
  /** Largest accepted upload in MB (attachments, scans, payment slips, import files). */
  uploadMaxMb: number;
  /** Server processes (WEB_CONCURRENCY): one per CPU on PostgreSQL, always 1 on the embedded database. */
  webConcurrency: number;
  /** SCHEDULER=off: this process runs no jobs (another instance does; the HTTP bench measures reads alone). */
  scheduler: boolean;
}

/** `ALLOWED_ORIGINS`: comma-separated origins such as `https://crm.example.com`, normalised. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const item of (value ?? '').split(',')) {
    const text = item.trim();
    if (!text) continue;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigError(`ALLOWED_ORIGINS: "${text}" is not an origin such as https://crm.example.com`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin === 'null') {
      throw new ConfigError(`ALLOWED_ORIGINS: "${text}" is not an http(s) origin`);
    }
    origins.push(url.origin);
  }
  return origins;
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${name}: "${value}" is not a positive number`);
  return n;
}

/**
 * `WEB_CONCURRENCY`: how many server processes share the port (node:cluster). On PostgreSQL the
 * default is the number of CPUs; the embedded database is one process's (it locks DATA_DIR), so
 * there it is 1 and a larger value is refused. So is a settable business clock (XG_CLOCK_CONTROL,
 * test servers): it lives in the process that was told the time.
 */
export function parseWebConcurrency(
  value: string | undefined,
  databaseUrl: string | undefined,
  clockControl = false,
): number {
  const text = value?.trim() ?? '';
  const n = text === '' ? undefined : Number(text);
  if (n !== undefined && !(Number.isInteger(n) && n >= 1)) {
    throw new ConfigError(`WEB_CONCURRENCY: "${value}" is not a whole number of processes (1 or more)`);
  }
  const one = (reason: string) => {
    if (n !== undefined && n > 1)
      throw new ConfigError(`WEB_CONCURRENCY=${n} ${reason} Unset WEB_CONCURRENCY or set it to 1.`);
    return 1;
  };
  if (!databaseUrl)
    return one('needs PostgreSQL (DATABASE_URL): the embedded database belongs to one process.');
  if (clockControl)
    return one('cannot be used with XG_CLOCK_CONTROL=true: the business clock is set in one process.');
  return n ?? availableParallelism();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data')),
    demo: argv.includes('--demo'),
    webDist: path.join(repoRoot, 'web', 'dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    loginRateLimitPerMinute: Number(env.LOGIN_RATE_LIMIT ?? 30),
    trustProxy: env.TRUST_PROXY === 'true',
    cookieSecure: env.COOKIE_SECURE === 'true' ? true : env.COOKIE_SECURE === 'false' ? false : 'auto',
    backupDir: path.resolve(env.BACKUP_DIR ?? path.join(repoRoot, 'backups')),
    backupKeep: Math.max(1, Math.trunc(positiveNumber('BACKUP_KEEP', env.BACKUP_KEEP, 7))), // at least one
    allowedOrigins: parseAllowedOrigins(env.ALLOWED_ORIGINS),
    uploadMaxMb: positiveNumber('UPLOAD_MAX_MB', env.UPLOAD_MAX_MB, 20),
    scheduler: env.SCHEDULER !== 'off',
    webConcurrency: parseWebConcurrency(
      env.WEB_CONCURRENCY,
      env.DATABASE_URL || undefined,
      env.XG_CLOCK_CONTROL === 'true',
    ),
  };
}
