import { createHash } from 'node:crypto';

/** JSON with keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const secretKeys = new Set(['passwordHash', 'password', 'tokenHash']);

/**
 * What a before/after snapshot stores: plain JSON (dates as ISO text, bigint as text),
 * secrets removed. Hashing this form makes the stored jsonb and the hash agree.
 */
export function snapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (secretKeys.has(key)) return undefined;
      return typeof v === 'bigint' ? v.toString() : v;
    }),
  );
}

export interface ChainedFields {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** PEN-3: hash = sha256(previous hash + canonical form of the row). */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const canonical = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
