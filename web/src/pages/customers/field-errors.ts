import { ApiError } from '../../api/client';

/**
 * Moves the server's field messages to the form's own field names: a form may hold a value
 * under another name than the API (yuan typed, fen sent), or edit a list in one control
 * (phones.0 → phones). `rename` returns the form's path for a server path.
 */
export function renameFieldErrors(error: unknown, rename: (path: string) => string): unknown {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return error;
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const to = rename(path);
    fields[to] = fields[to] ? `${fields[to]}; ${message}` : message;
  }
  return new ApiError(error.status, error.code, error.message, fields, error.details);
}

/** "contact.phones.1" → "contact.phones" when the list is edited in one control. */
export function collapseListIndex(path: string, lists: string[]): string {
  for (const list of lists)
    if (path.startsWith(`${list}.`) && /^\d+$/.test(path.slice(list.length + 1))) return list;
  return path;
}
