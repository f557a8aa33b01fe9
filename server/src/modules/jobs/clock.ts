import { audit } from '../../platform/audit/audit.js';
import { BusinessClock, inClockRange, MINUTE_MS } from '../../platform/clock.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { validationMessage } from '../../platform/validation-messages.js';
import type { TClock } from './schemas.js';

/** Setting the business clock is for test and demo servers only (env XG_CLOCK_CONTROL=true). */
export function clockControlEnabled(): boolean {
  return process.env.XG_CLOCK_CONTROL === 'true';
}

export async function readClock(ctx: Ctx): Promise<TClock> {
  const now = ctx.clock.now();
  return {
    now: now.toISOString(),
    tz: await readPolicy(ctx.db, companyTimeZone, now),
    control: clockControlEnabled() && ctx.clock instanceof BusinessClock,
  };
}

/** Moves the business clock (browser tests); audited with the time before and after. */
export async function changeClock(
  ctx: Ctx,
  change: { kind: 'set'; at: Date } | { kind: 'advance'; minutes: number },
): Promise<TClock> {
  const clock = ctx.clock;
  if (!clockControlEnabled() || !(clock instanceof BusinessClock)) throw appError('CLOCK_CONTROL_DISABLED');
  const before = clock.now();
  // The clock stays in its sane range, so no derived time (a session's expiry …) is unstorable.
  const target = change.kind === 'set' ? change.at : new Date(before.getTime() + change.minutes * MINUTE_MS);
  if (!inClockRange(target)) {
    throw appError('VALIDATION_FAILED', {
      [change.kind === 'set' ? 'at' : 'minutes']: validationMessage('clockRange'),
    });
  }
  if (change.kind === 'set') clock.set(change.at);
  else clock.advance(change.minutes * MINUTE_MS);
  await inTx(ctx, (tx) =>
    audit(tx, ctx, {
      entity: 'clock',
      entityId: 'business',
      action: change.kind,
      before: { now: before },
      after: { now: clock.now() },
    }),
  );
  return readClock(ctx);
}
