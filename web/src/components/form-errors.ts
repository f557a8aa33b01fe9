import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import type { ErrorCode } from '../api/types';

type NamePath = (string | number)[];

/** Server field paths are dot-separated ("permissions.2.scope"); antd wants ['permissions', 2, 'scope']. */
export function toNamePath(path: string): NamePath {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows the server's field messages on the matching form fields. `codeFields` places an
 * error without field details on a field (e.g. USERNAME_TAKEN → username).
 * Returns how many fields were marked.
 */
export function applyFieldErrors(
  form: Pick<FormInstance, 'setFields'>,
  error: unknown,
  codeFields: Partial<Record<ErrorCode, string>> = {},
): number {
  if (!(error instanceof ApiError)) return 0;
  const entries = Object.entries(error.fields);
  const byCode = codeFields[error.code as ErrorCode];
  if (entries.length === 0 && byCode) entries.push([byCode, error.message]);
  if (entries.length > 0)
    form.setFields(entries.map(([path, message]) => ({ name: toNamePath(path), errors: [message] })));
  return entries.length;
}
