import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, errorMessage, errorStatus } from '../platform/errors.js';
import type { Lang } from '../platform/i18n/lang.js';
import { langFromHeader } from '../platform/i18n/lang.js';
import { issueMessage } from '../platform/validation-issues.js';
import { RequestValidationError } from './validation.js';

function fieldErrors(err: RequestValidationError, lang: Lang): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : err.part;
    fields[key] ??= issueMessage(issue, lang);
  }
  return fields;
}

function send(
  reply: FastifyReply,
  code: ErrorCode,
  lang: Lang,
  fields?: Record<string, string>,
  params?: Record<string, string | number>,
  details?: Record<string, unknown>,
) {
  return reply.code(errorStatus(code)).send({
    error: {
      code,
      message: errorMessage(code, lang, params),
      ...(fields ? { fields } : {}),
      ...(details ? { details } : {}),
    },
  });
}

/** The SQLSTATE of a database error, looked for through wrapped causes (Drizzle wraps the driver's). */
function sqlState(error: unknown): string | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** One error shape for every failure; no stack traces or SQL text ever reach the client. */
export function errorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const lang = req.ctx?.lang ?? langFromHeader(req.headers['accept-language']);
  if (error instanceof RequestValidationError) {
    return send(reply, 'VALIDATION_FAILED', lang, fieldErrors(error, lang));
  }
  if (error instanceof AppError) {
    if (error.headers) reply.headers(error.headers);
    const fields = error.fields
      ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v[lang]]))
      : undefined;
    return send(reply, error.code, lang, fields, error.params, error.details);
  }
  if (isResponseSerializationError(error)) {
    req.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
    return send(reply, 'INTERNAL', lang);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(reply, 'PAYLOAD_TOO_LARGE', lang);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, 'UNSUPPORTED_MEDIA_TYPE', lang);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return send(reply, 'BAD_REQUEST', lang);
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) return send(reply, 'BAD_REQUEST', lang);
  if (error.statusCode === 429) return send(reply, 'RATE_LIMITED', lang);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, 'BAD_REQUEST', lang);
  }
  // Two writers raced for one unique value (a code, a number) after both checked it was free:
  // the loser is told the record changed, never a 500.
  if (sqlState(error) === '23505') {
    req.log.warn({ err: error }, 'unique violation answered as a conflict');
    return send(reply, 'CONFLICT', lang);
  }
  req.log.error({ err: error }, 'unhandled error');
  return send(reply, 'INTERNAL', lang);
}
