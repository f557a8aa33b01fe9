import type { FastifyRequest } from 'fastify';
import { appError } from '../platform/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `scheme://host[:port]` as browsers send it in `Origin` (default ports dropped); null if not one. */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The application's own origin: the scheme and Host the request came in on (behind a trusted
 * proxy, X-Forwarded-Proto and X-Forwarded-Host; Fastify resolves them when trustProxy is on).
 */
function ownOrigin(req: FastifyRequest): string | null {
  return originOf(`${req.protocol}://${req.host}`);
}

/**
 * CSRF: a state-changing request (any method but GET, HEAD, OPTIONS) is refused when the browser
 * marks it cross-site (`Sec-Fetch-Site: cross-site`), or when it carries an `Origin` that is
 * neither the application's own nor listed in ALLOWED_ORIGINS. `same-site` (a sibling subdomain)
 * passes only with an allowed Origin; `same-origin` (set by the browser, which no page can forge)
 * and `none` (typed by the user) pass.
 * No Origin at all is not a browser's cross-site request (scripts, curl), so it passes.
 * Runs on onRequest, before any body is read.
 */
export function csrfGuard(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((o) => originOf(o)).filter((o): o is string => o !== null));
  return async function rejectCrossSite(req: FastifyRequest) {
    if (SAFE_METHODS.has(req.method)) return;
    const site = req.headers['sec-fetch-site'];
    const originHeader = req.headers.origin;
    if (site === 'cross-site') throw appError('CSRF_REJECTED');
    // The browser itself vouches that the page is ours. This also holds behind a TLS proxy
    // without TRUST_PROXY, where the scheme the server sees (http) differs from the Origin's.
    if (site === 'same-origin') return;
    if (originHeader === undefined) {
      if (site === 'same-site') throw appError('CSRF_REJECTED');
      return;
    }
    // `Origin: null` (sandboxed frames, some redirects) is never ours.
    const origin = originOf(originHeader);
    if (origin === null || (origin !== ownOrigin(req) && !allowed.has(origin))) {
      throw appError('CSRF_REJECTED');
    }
  };
}
