export const nil = '00000000-0000-4000-8000-000000000000';

/** A body that is not JSON at all, sent as application/json: for routes that take no input. */
export const malformedJson = '{"unexpected": ';

/**
 * Bad input per write route and the refusal it gets, in the one error shape
 * (`{"error":{"code","message","fields"?}}`). `as`: who sends it (default admin); routes admin
 * may not call are tried by someone who may. Unless told otherwise the answer is 400
 * VALIDATION_FAILED with a message on `field`.
 */
export interface BadInputCase {
  url: string;
  /** A JSON body; `{}` unless given. */
  body?: unknown;
  /** A raw body sent as application/json instead (malformedJson for a route without input). */
  raw?: string;
  /** The field the refusal names; none for an error without field messages. */
  field?: string;
  /** 400 unless told: 404 for a record that does not exist, 422 for a business rule. */
  status?: 400 | 404 | 422;
  /** VALIDATION_FAILED unless told. */
  code?: string;
  as?: string;
}

export type BadInputCases = Record<string, BadInputCase>;
