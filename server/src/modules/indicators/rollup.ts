import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { TargetSubject } from '../targets/index.js';
import type { Fact } from './facts.js';

/** The unit tree as parent links, read once per computation (units are few). */
export async function unitParents(db: DbOrTx): Promise<Map<string, string | null>> {
  const rows = await queryRows<{ id: string; parent_id: string | null }>(
    db,
    sql`select id::text as id, parent_id::text as parent_id from units`,
  );
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** Every unit a unit sits in, itself first, up to the company. */
function ancestorsOf(parents: Map<string, string | null>, unitId: string): string[] {
  const out: string[] = [];
  for (let u: string | null | undefined = unitId; u && out.length < 100; u = parents.get(u)) out.push(u);
  return out;
}

/**
 * PLAN-5: facts credited to subjects — a person their own records (the records' owner), a unit
 * every record booked in it or below it — summed per subject and bucket. Keyed by `<type>:<id>`,
 * then bucket.
 */
export function rollUp(
  facts: readonly Fact[],
  subjects: readonly TargetSubject[],
  parents: Map<string, string | null>,
): Map<string, Map<string, bigint>> {
  const out = new Map<string, Map<string, bigint>>();
  const wantUsers = new Set(subjects.filter((s) => s.type === 'user').map((s) => s.id));
  const wantUnits = new Set(subjects.filter((s) => s.type === 'unit').map((s) => s.id));
  for (const s of subjects) out.set(`${s.type}:${s.id}`, new Map());
  const add = (key: string, bucket: string, v: bigint) => {
    const m = out.get(key)!;
    m.set(bucket, (m.get(bucket) ?? 0n) + v);
  };
  const ancestorCache = new Map<string, string[]>();
  for (const f of facts) {
    if (f.ownerId && wantUsers.has(f.ownerId)) add(`user:${f.ownerId}`, f.bucket, f.value);
    if (wantUnits.size === 0) continue;
    let chain = ancestorCache.get(f.unitId);
    if (!chain) {
      chain = ancestorsOf(parents, f.unitId);
      ancestorCache.set(f.unitId, chain);
    }
    for (const u of chain) if (wantUnits.has(u)) add(`unit:${u}`, f.bucket, f.value);
  }
  return out;
}

/** The sum of a subject's buckets that fall in [from, to] (buckets compare as text: days or months). */
export function sumBuckets(buckets: Map<string, bigint> | undefined, from: string, to: string): bigint {
  let sum = 0n;
  if (!buckets) return sum;
  for (const [b, v] of buckets) if (b >= from && b <= to) sum += v;
  return sum;
}
