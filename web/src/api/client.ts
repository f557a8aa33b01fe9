/**
 * A small typed fetch wrapper. Every request carries the UI language (the server localizes
 * its messages by Accept-Language) and the session cookie; every error becomes an ApiError
 * with the server's stable code, its localized message and any field messages.
 */
import type { Method, Operation, PathOf, PathTemplateParams, RequestArgs, ResponseOf } from './routes';
import type { paths } from './schema';

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
    /** Facts the server sends with some codes (e.g. CUSTOMER_DUPLICATE: the existing records). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** The login call answers 401 for a wrong password: that is not a lost session. */
  skipAuthRedirect?: boolean;
}

/** Options of a call besides what the route declares. */
export interface CallOptions {
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

/** A path template with its parameters filled in: `/api/contracts/{id}` → `/api/contracts/3f…`. */
export function fillPath(template: string, params?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}

/** The URL of a route, for links, uploads and downloads the browser makes itself. */
export function apiUrl<P extends keyof paths>(
  path: P,
  ...params: [PathTemplateParams<P>] extends [never] ? [] : [params: PathTemplateParams<P>]
): string {
  return fillPath(path, params[0] as Record<string, string> | undefined);
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
  error: {
    code: string;
    message: string;
    fields?: Record<string, string>;
    details?: Record<string, unknown>;
  };
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
    const { code, message, fields, details } = body.error;
    return new ApiError(
      response.status,
      code,
      message || fallbackMessage(response.status),
      fields ?? {},
      details ?? {},
    );
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

  type Parts = { params?: Record<string, string | number>; query?: Query; body?: unknown } & CallOptions;
  const call =
    <M extends Method>(method: M) =>
    <P extends PathOf<M>>(
      path: P,
      ...[options]: RequestArgs<Operation<M, P>, M extends 'post' ? CallOptions : object>
    ): Promise<ResponseOf<Operation<M, P>>> => {
      const { params, ...rest } = (options ?? {}) as Parts;
      return request(method.toUpperCase(), fillPath(path, params), rest);
    };

  return {
    get: call('get'),
    post: call('post'),
    put: call('put'),
    patch: call('patch'),
    delete: call('delete'),
    /** A file download (e.g. an Excel export) from a GET route. */
    download: <P extends PathOf<'get'>>(path: P, ...[options]: RequestArgs<Operation<'get', P>>) => {
      const { params, query } = (options ?? {}) as Parts;
      return download(fillPath(path, params), query);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
