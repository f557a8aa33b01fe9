import { App, type FormInstance } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../api/client';
import type { ErrorCode } from '../api/types';
import { useErrorText } from './ErrorAlert';
import { applyFieldErrors } from './form-errors';

interface Options {
  /** The server's field messages land on this form's fields. */
  form?: Pick<FormInstance, 'setFields'>;
  /** Errors without field details that still belong to one field (USERNAME_TAKEN → username). */
  codeFields?: Partial<Record<ErrorCode, string>>;
  /** Keep the failure in `error` (shown by an ErrorAlert) instead of a passing message. */
  inline?: boolean;
}

/** What to say once the work has succeeded: a text, or a text made from the result. */
type Done<R> = ReactNode | ((result: R) => ReactNode);

/**
 * Runs a change the way every screen does: the success message, then (the mutation hooks
 * invalidate their queries themselves) the server's field messages on the form's fields and
 * the error shown, as a message or inline. `run` resolves to whether the work succeeded and
 * never rejects, so a Popconfirm or a button spins until it is done.
 */
export function useAction(options: Options = {}) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function run<R>(work: () => Promise<R>, done?: Done<R>): Promise<boolean> {
    setError(null);
    setPending(true);
    try {
      const result = await work();
      const text = typeof done === 'function' ? done(result) : done;
      // The message handle is thenable: it is not what this promise resolves to.
      if (text !== undefined && text !== null && text !== false) message.success(text);
      return true;
    } catch (e) {
      const marked = options.form ? applyFieldErrors(options.form, e, options.codeFields) : 0;
      // An error the server tied to no field but we placed on one needs no second copy.
      const onFieldOnly = marked > 0 && e instanceof ApiError && Object.keys(e.fields).length === 0;
      if (options.inline) setError(onFieldOnly ? null : e);
      else if (!onFieldOnly) message.error(errorText(e));
      return false;
    } finally {
      setPending(false);
    }
  }

  return { run, error, pending, clearError: () => setError(null) };
}
