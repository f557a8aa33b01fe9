import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZOk } from '../../platform/schemas.js';
import { SESSION_COOKIE } from '../../platform/sessions/sessions.js';
import { changeOwnPassword, logout, setPreferences } from './account.js';
import { login } from './login.js';
import { getMe } from './me.js';
import { ZChangePassword, ZLogin, ZMe, ZPreferences, ZSignedIn } from './schemas.js';

const tags = ['auth'];

export function authRoutes(
  app: App,
  opts: { loginRateLimitPerMinute: number; cookieSecure: boolean | 'auto' },
) {
  app.post(
    '/api/auth/login',
    {
      config: {
        permission: 'public',
        rateLimit: { max: opts.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: { tags, body: ZLogin, response: { 200: ZSignedIn } },
    },
    async (req, reply) => {
      const { token, expiresAt, signedIn } = await login(req.ctx, req.body);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.cookieSecure === 'auto' ? req.protocol === 'https' : opts.cookieSecure,
        expires: expiresAt,
      });
      return signedIn;
    },
  );
  app.post(
    '/api/auth/logout',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: ZOk } } },
    async (req, reply) => {
      await logout(req.ctx, req.cookies[SESSION_COOKIE] ?? '');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
  app.get(
    '/api/me',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: ZMe } } },
    (req) => getMe(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now()),
  );
  app.put(
    '/api/me/password',
    {
      config: { permission: 'authenticated' },
      schema: { tags, body: ZChangePassword, response: { 200: ZOk } },
    },
    async (req) => {
      await changeOwnPassword(
        req.ctx,
        req.cookies[SESSION_COOKIE] ?? '',
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  );
  app.put(
    '/api/me/preferences',
    { config: { permission: 'authenticated' }, schema: { tags, body: ZPreferences, response: { 200: ZOk } } },
    async (req) => {
      await setPreferences(req.ctx, req.body.locale);
      return { ok: true as const };
    },
  );
}
