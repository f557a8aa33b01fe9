import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType, z } from 'zod';
import { type ValidationMessageKey, vmsg } from '../platform/validation-messages.js';

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
 * Deepest nesting of objects and arrays a request may have. Our deepest schema nests far less
 * (test/fuzz.test.ts checks every body schema against it); anything deeper is refused before a
 * schema or a query sees it.
 */
export const MAX_REQUEST_DEPTH = 32;
/** A request with this many bad strings gets no more field errors listed. */
const MAX_REPORTED = 20;

/**
 * What is wrong with a string (value or key) that no schema may see: a NUL (PostgreSQL text
 * cannot store one, and a search with one fails) or a lone UTF-16 surrogate (not Unicode;
 * PostgreSQL's JSON and text refuse it).
 */
function badText(text: string): ValidationMessageKey | undefined {
  if (text.includes('\u0000')) return 'noNul';
  if (!text.isWellFormed()) return 'unicode';
  return undefined;
}

/**
 * Walks the parsed params, query or body without recursion (a body nested thousands of levels
 * deep cannot overflow the stack) and lists its bad strings and any nesting deeper than
 * MAX_REQUEST_DEPTH, each with its path.
 */
function inputProblems(data: unknown): z.core.$ZodIssue[] {
  const found: z.core.$ZodIssue[] = [];
  const issue = (path: PropertyKey[], key: ValidationMessageKey) =>
    found.push({ code: 'custom', path, message: vmsg(key), input: undefined } as z.core.$ZodIssue);
  const pending: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  for (let next = pending.pop(); next && found.length < MAX_REPORTED; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      const bad = badText(value);
      if (bad) issue(path, bad);
    } else if (value !== null && typeof value === 'object') {
      if (path.length >= MAX_REQUEST_DEPTH) {
        issue(path, 'tooDeep');
        continue;
      }
      const entries: [PropertyKey, unknown][] = Array.isArray(value)
        ? [...value.entries()]
        : Object.entries(value);
      for (const [key, child] of entries.reverse()) {
        const bad = typeof key === 'string' ? badText(key) : undefined;
        if (bad) issue([...path, key], bad);
        else pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return found;
}

/** Validates params, querystring and body with their zod schemas. */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const problems = inputProblems(data);
    if (problems.length > 0) return { error: new RequestValidationError(problems, httpPart ?? 'body') };
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };
