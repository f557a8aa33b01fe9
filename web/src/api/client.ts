/**
 * A small typed fetch wrapper. Every request carries the UI language (the server localizes
 * its messages by Accept-Language) and the session cookie; every error becomes an ApiError
 * with the server's stable code, its localized message and any field messages.
 */

/** Query parameters: undefined, null and '' are left out; other values are sent as text. */
export type Query = object;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field path (dot-separated, as the server reports it) → localized message. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** The login call answers 401 for a wrong password: that is not a lost session. */
  skipAuthRedirect?: boolean;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  /** The current UI language, sent as Accept-Language. */
  language: () => string;
  /** Called on 401 (session missing or expired). */
  onUnauthenticated: () => void;
  /** Text for failures that carry no server message (network down, proxy error page). */
  fallbackMessage: (status: number) => string;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(body: unknown): body is {
  error: { code: string; message: string; fields?: Record<string, string> };
} {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Turns a failed response into an ApiError, whatever its body looks like. */
export async function parseError(response: Response, fallbackMessage: (status: number) => string) {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) {
    const { code, message, fields } = body.error;
    return new ApiError(response.status, code, message || fallbackMessage(response.status), fields ?? {});
  }
  return new ApiError(response.status, `HTTP_${response.status}`, fallbackMessage(response.status));
}

export function createApiClient(options: ApiClientOptions) {
  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.language(),
    };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(buildUrl(path, opts.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
    } catch {
      throw new ApiError(0, 'NETWORK', options.fallbackMessage(0));
    }
    if (!response.ok) {
      const error = await parseError(response, options.fallbackMessage);
      if (response.status === 401 && !opts.skipAuthRedirect) options.onUnauthenticated();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A file download (e.g. an Excel export): the body as a blob and the server's file name. */
  async function download(path: string, query?: Query): Promise<{ blob: Blob; filename: string }> {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(buildUrl(path, query), {
        headers: { 'Accept-Language': options.language() },
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(0, 'NETWORK', options.fallbackMessage(0));
    }
    if (!response.ok) {
      const error = await parseError(response, options.fallbackMessage);
      if (response.status === 401) options.onUnauthenticated();
      throw error;
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export.xlsx';
    return { blob: await response.blob(), filename };
  }

  return {
    request,
    download,
    get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
    post: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) =>
      request<T>('POST', path, { ...opts, body }),
    put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
    patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
    delete: <T>(path: string) => request<T>('DELETE', path),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
