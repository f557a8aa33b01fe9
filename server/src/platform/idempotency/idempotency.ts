import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
import { requireActor } from '../context.js';
import { appError } from '../errors.js';
import { idempotencyKeys } from './tables.js';

/** Key order does not matter; bigint is written as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    return v;
  });
}

export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}

/**
 * Runs a create once per `Idempotency-Key` (per actor and operation), in the caller's transaction.
 *
 * The key row is inserted first; a concurrent request with the same key waits on that insert
 * (PostgreSQL's unique check) until the first commits, then finds the stored response and
 * returns it — one record, the same answer. The same key with a different body → 422. Without a
 * key the work simply runs. The response must be JSON (API output), since a replay returns the
 * stored copy.
 */
export async function once<T>(
  tx: Tx,
  ctx: Ctx,
  input: { scope: string; key: string | undefined; body: unknown },
  work: () => Promise<T>,
): Promise<T> {
  if (!input.key) return work();
  const actor = requireActor(ctx);
  const hash = bodyHash(input.body);
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({
      actorId: actor.id,
      scope: input.scope,
      key: input.key,
      bodyHash: hash,
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const where = and(
    eq(idempotencyKeys.actorId, actor.id),
    eq(idempotencyKeys.scope, input.scope),
    eq(idempotencyKeys.key, input.key),
  );
  if (inserted.length === 0) {
    const [seen] = await tx.select().from(idempotencyKeys).where(where);
    if (!seen || seen.bodyHash !== hash)
      throw appError('IDEMPOTENCY_KEY_REUSED', {
        'Idempotency-Key': {
          'zh-CN': '该幂等键已用于另一笔内容不同的请求',
          en: 'This key was already used with a different body',
        },
      });
    if (seen.responseBody === null) throw appError('CONFLICT');
    return seen.responseBody as T;
  }
  const result = await work();
  await tx
    .update(idempotencyKeys)
    .set({ responseStatus: 200, responseBody: sql`${JSON.stringify(result)}::jsonb` })
    .where(where);
  return result;
}
