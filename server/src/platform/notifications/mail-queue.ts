import type { Ctx } from '../context.js';

/** Requests (by their context) that queued mail; the HTTP layer sends it once the response is out. */
const queued = new WeakSet<Ctx>();

export function markMailQueued(ctx: Ctx): void {
  queued.add(ctx);
}

/** True once per context that queued mail. */
export function takeMailQueued(ctx: Ctx): boolean {
  const had = queued.has(ctx);
  queued.delete(ctx);
  return had;
}
