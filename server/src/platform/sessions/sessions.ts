import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { hot } from '../../db/named-statements.js';
import { widestScopes } from '../access/actor.js';
import type { Scope } from '../access/scopes.js';
import { MINUTE_MS } from '../clock.js';
import type { Actor, DataEpochs } from '../context.js';
import { notePolicyEpoch } from '../policies/cache.js';
import { readPolicy } from '../policies/read.js';
import { cacheActor, cachedActor, forgetActor, forgetUser } from './actor-cache.js';
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

interface SessionRow {
  user_id: string;
  last_seen_at: string | Date;
  expires_at: string | Date;
  ended_at: string | Date | null;
  active: boolean;
  auth_version: number;
  auth_epoch: number;
  policy_epoch: number;
  receivables_epoch: number | string;
  /** Present only when the caller's cached versions were not current. */
  username: string | null;
  display_name: string | null;
  unit_id: string | null;
  superior_id: string | null;
  grants: [string, Scope][] | null;
}

/**
 * The session, its user and the versions in one statement (ADR 18). With `known` versions that
 * are still current the user's names and grants are not read again (the CASE skips them).
 */
function sessionQuery(hashValue: string, known: { authVersion: number; authEpoch: number } | undefined) {
  const version = known?.authVersion ?? -1;
  const epoch = known?.authEpoch ?? -1;
  return sql`select s.user_id, s.last_seen_at, s.expires_at, s.ended_at,
      u.status = 'active' as active, u.auth_version, e.auth_epoch, e.policy_epoch,
      (select d.epoch from data_epochs d where d.name = 'receivables') as receivables_epoch,
      case when stale then u.username end as username,
      case when stale then u.display_name end as display_name,
      case when stale then u.unit_id end as unit_id,
      case when stale then u.superior_id end as superior_id,
      case when stale then (
        select json_agg(json_build_array(rp.permission, rp.scope))
        from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
        where ur.user_id = u.id
      ) end as grants
    from sessions s
    join users u on u.id = s.user_id
    cross join cache_epochs e
    cross join lateral (select u.auth_version <> ${version} or e.auth_epoch <> ${epoch} as stale) v
    where s.token_hash = ${hashValue} and e.id = 1`;
}

function actorFrom(row: SessionRow): Actor {
  const permissions = widestScopes((row.grants ?? []).map(([permission, scope]) => ({ permission, scope })));
  // Shared by the session's requests while cached: frozen, so no request can change another's.
  return Object.freeze({
    id: row.user_id,
    username: row.username ?? '',
    displayName: row.display_name ?? '',
    unitId: row.unit_id ?? '',
    superiorId: row.superior_id,
    permissions: Object.freeze(permissions),
  });
}

const time = (v: string | Date) => (v instanceof Date ? v : new Date(v)).getTime();

/** Who is asking, and the data epochs read with the session (ADR 34). */
export interface ResolvedSession {
  actor: Actor;
  epochs: DataEpochs;
}

/**
 * The actor behind a session token, or null when the session is unknown, ended, past its
 * absolute lifetime, idle too long, or its user is disabled. One query per request: the actor
 * comes from this process's cache while the versions read with the session still match it,
 * else from the same query (ADR 18). Activity is recorded at most once a minute.
 */
export async function resolveSession(db: DbOrTx, token: string, at: Date): Promise<ResolvedSession | null> {
  const hashValue = tokenHash(token);
  const cached = cachedActor(db, hashValue);
  const [row] = await queryRows<SessionRow>(db, hot(sessionQuery(hashValue, cached)));
  if (!row || row.ended_at) {
    forgetActor(hashValue);
    return null;
  }
  notePolicyEpoch(db, Number(row.policy_epoch));
  const lastSeen = time(row.last_seen_at);
  const idle = await readPolicy(db, sessionIdleMinutes, at);
  const idleExpired = at.getTime() - lastSeen > idle * MINUTE_MS;
  if (at.getTime() >= time(row.expires_at) || idleExpired) {
    forgetActor(hashValue);
    await endSessionByHash(db, hashValue, at, idleExpired ? 'idle' : 'expired');
    return null;
  }
  if (!row.active) {
    forgetActor(hashValue);
    return null;
  }
  const authVersion = Number(row.auth_version);
  const authEpoch = Number(row.auth_epoch);
  let actor: Actor;
  if (cached && cached.authVersion === authVersion && cached.authEpoch === authEpoch) {
    actor = cached.actor;
  } else {
    actor = actorFrom(row);
    cacheActor(db, hashValue, actor, authVersion, authEpoch);
  }
  if (at.getTime() - lastSeen > MINUTE_MS) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, hashValue));
  }
  return {
    actor,
    epochs: { receivables: Number(row.receivables_epoch ?? 0), policy: Number(row.policy_epoch) },
  };
}

async function endSessionByHash(db: DbOrTx, hashValue: string, at: Date, reason: string) {
  await db
    .update(sessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(sessions.tokenHash, hashValue), isNull(sessions.endedAt)));
}

export function endSession(db: DbOrTx, token: string, at: Date, reason = 'logout') {
  forgetActor(tokenHash(token));
  return endSessionByHash(db, tokenHash(token), at, reason);
}

/** Ends every open session of a user at once (disabled, password reset). */
export async function endAllSessions(db: DbOrTx, userId: string, at: Date, reason: string): Promise<void> {
  forgetUser(userId);
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
  forgetUser(userId);
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
