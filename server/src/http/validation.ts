import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType, z } from 'zod';
import { vmsg } from '../platform/validation-messages.js';

/** Request validation failed: carries zod issues; the error handler localises them. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly issues: z.core.$ZodIssue[],
    readonly part: string,
  ) {
    super('request validation failed');
  }
}

/**
 * The paths of strings (values or keys) holding a NUL character: PostgreSQL text cannot store
 * one (and a search with one fails), so it is a field error before any schema or query runs.
 */
function nulPaths(value: unknown, path: PropertyKey[] = [], found: PropertyKey[][] = []): PropertyKey[][] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) nulPaths(v, [...path, i], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) found.push([...path, k]);
      else nulPaths(v, [...path, k], found);
    }
  }
  return found;
}

/** Validates params, querystring and body with their zod schemas. */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const nul = nulPaths(data);
    if (nul.length > 0) {
      const issues = nul.map(
        (path) => ({ code: 'custom', path, message: vmsg('noNul'), input: undefined }) as z.core.$ZodIssue,
      );
      return { error: new RequestValidationError(issues, httpPart ?? 'body') };
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };
