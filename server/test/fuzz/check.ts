import type { LightMyRequestResponse } from 'fastify';
import type { FuzzRequest } from './requests.js';

/**
 * What is wrong with an answer: any 5xx; any other non-2xx without the error shape
 * {error:{code,message}}; anything but a 4xx to a malformed upload.
 */
export function problemOf(req: FuzzRequest, res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return `answered ${res.statusCode}`;
  if (req.mustRefuse && (res.statusCode < 400 || res.statusCode >= 500)) {
    return `a malformed upload answered ${res.statusCode}, not 4xx`;
  }
  if (res.statusCode < 300) return undefined;
  let body: { error?: { code?: unknown; message?: unknown } } | undefined;
  try {
    body = JSON.parse(res.body);
  } catch {
    return `answered ${res.statusCode} with a body that is not JSON`;
  }
  const error = body?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string' || error.message === '') {
    return `answered ${res.statusCode} without the error shape`;
  }
  return undefined;
}

/** One line of the failure report: route, what was sent (truncated), what came back. */
export function reportLine(
  route: string,
  req: FuzzRequest,
  res: LightMyRequestResponse,
  problem: string,
): string {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);
  const sent = req.payload === undefined ? '(no body)' : cut(req.payload.toString(), 300);
  return [
    `${route} — ${req.label}: ${problem}`,
    `  ${req.method} ${cut(req.url, 200)}${req.signedIn ? '' : ' (no session)'}`,
    `  sent ${cut(JSON.stringify(req.headers), 200)} ${sent}`,
    `  got ${res.statusCode} ${cut(res.body, 500)}`,
  ].join('\n');
}
