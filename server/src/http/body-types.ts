import type { FastifyRequest } from 'fastify';
import { appError } from '../platform/errors.js';

/**
 * Request bodies are JSON. Multipart (a form a foreign page can post without a preflight) is
 * accepted only by the upload routes, which declare `consumes: ['multipart/form-data']` and read
 * it with http/upload.ts; anywhere else it is a 415, checked before the body is read.
 * (text/plain and url-encoded forms have no parser at all and get the same 415.)
 */
export async function onlyDeclaredBodyTypes(req: FastifyRequest) {
  const type = req.headers['content-type']?.toLowerCase() ?? '';
  if (!type.startsWith('multipart/')) return;
  const consumes = req.routeOptions.schema?.consumes;
  if (!consumes?.includes('multipart/form-data')) throw appError('UNSUPPORTED_MEDIA_TYPE');
}
