import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { loadActor } from '../access/actor.js';
import { MINUTE_MS } from '../clock.js';
import type { Actor } from '../context.js';
import { readPolicy } from '../policies/read.js';
import { sessionAbsoluteHours, sessionIdleMinutes } from './policies.js';
import { sessions } from './tables.js';

export const SESSION_COOKIE = 'xg_session';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: DbOrTx,
  input: { userId: string; at: Date; ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const hours = await readPolicy(db, sessionAbsoluteHours, input.at);
  const expiresAt = new Date(input.at.getTime() + hours * 60 * MINUTE_MS);
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId: input.userId,
    createdAt: input.at,
    lastSeenAt: input.at,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { token, expiresAt };
}

/**
 * The actor behind a session token, or null when the session is unknown, ended, past its
 * absolute lifetime, idle too long, or its user is disabled. Activity is recorded at most
 * once a minute.
 */
export async function resolveSession(db: DbOrTx, token: string, at: Date): Promise<Actor | null> {
  const hashValue = tokenHash(token);
  const [session] = await db.select().from(sessions).where(eq(sessions.tokenHash, hashValue));
  if (!session || session.endedAt) return null;
  const idle = await readPolicy(db, sessionIdleMinutes, at);
  const idleExpired = at.getTime() - session.lastSeenAt.getTime() > idle * MINUTE_MS;
  if (at >= session.expiresAt || idleExpired) {
    await endSessionByHash(db, hashValue, at, idleExpired ? 'idle' : 'expired');
    return null;
  }
  const actor = await loadActor(db, session.userId);
  if (!actor) return null;
  if (at.getTime() - session.lastSeenAt.getTime() > MINUTE_MS) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, hashValue));
  }
  return actor;
}

async function endSessionByHash(db: DbOrTx, hashValue: string, at: Date, reason: string) {
  await db
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(sessions.tokenHash, hashValue), isNull(sessions.endedAt)));
}

export function endSession(db: DbOrTx, token: string, at: Date, reason = 'logout') {
  return endSessionByHash(db, tokenHash(token), at, reason);
}

/** Ends every open session of a user at once (disabled, password reset). */
export async function endAllSessions(db: DbOrTx, userId: string, at: Date, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
}

/** Ends every open session of a user but the one holding this token (own password changed). */
export async function endOtherSessions(
  db: DbOrTx,
  userId: string,
  keepToken: string,
  at: Date,
  reason: string,
): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.endedAt),
        ne(sessions.tokenHash, tokenHash(keepToken)),
      ),
    );
}
