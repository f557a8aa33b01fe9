import { ApiError } from '../../api/client';

/**
 * The server's messages on one item of a save (`items.<index>.<field>`), as field and message;
 * null when the error is not about that item alone (shown on top instead).
 */
export function itemErrors(error: unknown, index: number): { field: string; message: string }[] | null {
  if (!(error instanceof ApiError)) return null;
  const prefix = `items.${index}.`;
  const entries = Object.entries(error.fields);
  if (entries.length === 0 || entries.some(([k]) => !k.startsWith(prefix))) return null;
  return entries.map(([k, message]) => ({ field: k.slice(prefix.length), message }));
}
