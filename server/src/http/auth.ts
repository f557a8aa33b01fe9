import type { FastifyRequest } from 'fastify';
import { appError } from '../platform/errors.js';
import { resolveSession, SESSION_COOKIE } from '../platform/sessions/sessions.js';

/**
 * Runs before every handler: resolves the session into `req.ctx.actor`, then enforces the
 * route's declared permission. Unknown or expired session → 401; missing permission → 403.
 * Data scope is not decided here: use cases apply it in SQL (records outside → 404).
 */
export async function authorize(req: FastifyRequest): Promise<void> {
  const permission = req.routeOptions.config.permission;
  if (req.is404 || permission === 'public') return;
  const token = req.cookies[SESSION_COOKIE];
  const session = token ? await resolveSession(req.ctx.db, token, req.ctx.clock.now()) : null;
  if (!session) throw appError('UNAUTHENTICATED');
  const { actor } = session;
  req.ctx.actor = actor;
  req.ctx.epochs = session.epochs;
  if (permission === 'authenticated') return;
  if (!permission || !actor.permissions[permission]) throw appError('FORBIDDEN');
}
