import { Buffer } from 'node:buffer';
import { multipartBody } from '../multipart.js';
import { anyValues, dateTimeValues, paramValues, textValues, uuidValues, valuesFor } from './hostile.js';
import type { IdPool } from './id-pool.js';
import type { Prng } from './prng.js';
import { encodeJson, nested } from './raw-json.js';
import {
  type Edge,
  type JsonSchema,
  kindOf,
  type Node,
  type ValueSource,
  validValue,
} from './valid-value.js';

/** One operation of the API document (what the fuzzer reads of it). */
export interface Operation {
  parameters?: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** A write route as the registry and the API document describe it. */
export interface FuzzRoute {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  upload: boolean;
  op: Operation;
}

/** What the fuzzer knows of the data: real ids, policy ids and values, job names. */
export interface FuzzData {
  ids: IdPool;
  policies: Map<string, unknown>;
  jobs: string[];
}

export interface FuzzRequest {
  /** What was done to a valid request, for the failure report. */
  label: string;
  method: FuzzRoute['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** Sent with the all-permissions session (else without any). */
  signedIn: boolean;
  /** Only a 4xx is a right answer (a malformed upload). */
  mustRefuse?: boolean;
}

/** One change to an otherwise valid request. */
type Mutation =
  | { kind: 'valid'; full: boolean; edge?: Edge }
  | { kind: 'field'; path: (string | number)[]; value: unknown; remove?: boolean }
  | { kind: 'body'; label: string; payload: (body: unknown) => string | Buffer; contentType?: string | null }
  | { kind: 'param'; name: string; value: string }
  | { kind: 'query'; query: string }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'upload'; label: string; payload: Buffer | string; contentType: string; malformed: boolean }
  | { kind: 'anonymous'; label: string; body?: (body: unknown) => string; headers?: Record<string, string> };

const JSON_TYPE = 'application/json';

function bodySchema(route: FuzzRoute): JsonSchema | undefined {
  return route.op.requestBody?.content?.[JSON_TYPE]?.schema;
}

/** A body with one more key, written as raw JSON text (a `__proto__` key survives only that way). */
function withRawKey(body: unknown, key: string, rawValue: string): string {
  const text = encodeJson(body);
  if (!text.startsWith('{')) return text;
  const rest = text.slice(1);
  return `{${JSON.stringify(key)}:${rawValue}${rest === '}' ? '' : ','}${rest}`;
}

const wholeBodies: Extract<Mutation, { kind: 'body' }>[] = [
  { kind: 'body', label: 'body null', payload: () => 'null' },
  { kind: 'body', label: 'body []', payload: () => '[]' },
  { kind: 'body', label: 'body wrapped in an array', payload: (b) => encodeJson([b]) },
  { kind: 'body', label: 'body a string', payload: () => '"x"' },
  { kind: 'body', label: 'body 1e400', payload: () => '1e400' },
  { kind: 'body', label: 'body {}', payload: () => '{}' },
  { kind: 'body', label: 'body arrays 5000 deep', payload: () => nested(5000).text },
  { kind: 'body', label: 'body objects 5000 deep', payload: () => nested(5000, 'object').text },
  {
    kind: 'body',
    label: 'extra unknown key',
    payload: (b) => withRawKey(b, 'unexpectedKey', '"x"'),
  },
  {
    kind: 'body',
    label: '__proto__ key',
    payload: (b) => withRawKey(b, '__proto__', '{"isAdmin":true}'),
  },
  {
    kind: 'body',
    label: 'constructor.prototype key',
    payload: (b) => withRawKey(b, 'constructor', '{"prototype":{"isAdmin":true}}'),
  },
  { kind: 'body', label: 'prototype key', payload: (b) => withRawKey(b, 'prototype', '{"isAdmin":true}') },
  {
    kind: 'body',
    label: 'duplicate key',
    payload: (b) => withRawKey(b, 'dup', '1').replace('{', '{"dup":2,'),
  },
  { kind: 'body', label: 'lone surrogate key', payload: (b) => withRawKey(b, 'a\ud800', '1') },
  { kind: 'body', label: 'NUL key', payload: (b) => withRawKey(b, 'a\u0000', '1') },
  { kind: 'body', label: 'key 100k long', payload: (b) => withRawKey(b, 'k'.repeat(100_000), '1') },
  {
    kind: 'body',
    label: 'body over 1 MB',
    payload: (b) => withRawKey(b, 'pad', `"${'x'.repeat(1024 * 1024)}"`),
  },
  {
    kind: 'body',
    label: 'body just under 1 MB',
    payload: (b) => withRawKey(b, 'pad', `"${'x'.repeat(1_000_000)}"`),
  },
  { kind: 'body', label: 'invalid JSON', payload: () => '{"a":' },
  { kind: 'body', label: 'byte-order mark', payload: (b) => `\ufeff${encodeJson(b)}` },
  { kind: 'body', label: 'trailing garbage', payload: (b) => `${encodeJson(b)}x` },
  { kind: 'body', label: 'empty JSON body', payload: () => '' },
  {
    kind: 'body',
    label: 'invalid UTF-8 bytes',
    payload: () =>
      Buffer.concat([Buffer.from('{"z":"'), Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}')]),
  },
  { kind: 'body', label: 'text/plain', payload: (b) => encodeJson(b), contentType: 'text/plain' },
  {
    kind: 'body',
    label: 'form-urlencoded',
    payload: () => 'a=1&b=%ED%A0%80',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    kind: 'body',
    label: 'JSON as UTF-16',
    payload: (b) => encodeJson(b),
    contentType: 'application/json; charset=utf-16',
  },
  { kind: 'body', label: 'XML', payload: () => '<a/>', contentType: 'application/xml' },
  { kind: 'body', label: 'no content type', payload: (b) => encodeJson(b), contentType: null },
  {
    kind: 'body',
    label: 'odd content type',
    payload: (b) => encodeJson(b),
    contentType: 'application/json;;;\u0007',
  },
];

const BOUNDARY = '----fuzzboundary';
const multipartType = `multipart/form-data; boundary=${BOUNDARY}`;
/** A multipart body written by hand, for parts the helper does not write. */
const handMade = (...parts: string[]) =>
  Buffer.from(`${parts.map((p) => `--${BOUNDARY}\r\n${p}\r\n`).join('')}--${BOUNDARY}--\r\n`);

function uploads(): Extract<Mutation, { kind: 'upload' }>[] {
  const ok = multipartBody({ fileName: 'a.txt', content: 'hello', mimeType: 'text/plain' });
  const okType = ok.headers['content-type'] as string;
  const malformed = (label: string, payload: Buffer | string, contentType = multipartType) =>
    ({ kind: 'upload', label, payload, contentType, malformed: true }) as const;
  const odd = (label: string, payload: Buffer | string, contentType = multipartType) =>
    ({ kind: 'upload', label, payload, contentType, malformed: false }) as const;
  return [
    malformed('multipart without a boundary', 'x', 'multipart/form-data'),
    malformed('multipart with an empty boundary', 'x', 'multipart/form-data; boundary='),
    malformed('multipart, empty body', ''),
    malformed('multipart, boundary does not match', ok.payload, 'multipart/form-data; boundary=other'),
    malformed('multipart cut off', ok.payload.subarray(0, Math.floor(ok.payload.length / 2)), okType),
    malformed('multipart garbage', Buffer.from([0, 1, 2, 255, 254, 13, 10, 45, 45]), okType),
    malformed(
      'multipart with a text field only',
      handMade('Content-Disposition: form-data; name="purpose"\r\n\r\nvoucher'),
    ),
    malformed('multipart with an empty file', multipartBody({ fileName: 'a.txt', content: '' }).payload, ''),
    malformed('multipart/mixed', ok.payload, okType.replace('form-data', 'mixed')),
    malformed('JSON instead of a file', '{}', JSON_TYPE),
    malformed('text instead of a file', 'hello', 'text/plain'),
    malformed('octet-stream instead of a file', Buffer.from('hello'), 'application/octet-stream'),
    // The one file is read whatever its field is called (the web client calls it `file`).
    odd(
      'the file under another field name',
      handMade('Content-Disposition: form-data; name="other"; filename="a.txt"\r\n\r\nhello'),
    ),
    odd(
      'a file and a second file',
      handMade(
        'Content-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello',
        'Content-Disposition: form-data; name="file"; filename="b.txt"\r\nContent-Type: text/plain\r\n\r\nworld',
      ),
    ),
    odd(
      'file name with NUL, RTL and emoji',
      multipartBody({ fileName: 'a\u0000\u202e😀.txt', content: 'x' }).payload,
      '',
    ),
    odd(
      'file name 5000 long',
      multipartBody({ fileName: `${'n'.repeat(5000)}.txt`, content: 'x' }).payload,
      '',
    ),
    odd(
      'file name percent-encoded lone surrogate',
      handMade(
        `Content-Disposition: form-data; name="file"; filename*=UTF-8''%ED%A0%80.txt\r\nContent-Type: text/plain\r\n\r\nhello`,
      ),
    ),
    odd(
      'odd part type',
      multipartBody({ fileName: 'a.svg', content: '<svg/>', mimeType: 'image/svg+xml; x=\u0001' }).payload,
      '',
    ),
    odd(
      'part type 300 long',
      multipartBody({ fileName: 'a.bin', content: 'x', mimeType: `a/${'b'.repeat(300)}` }).payload,
      '',
    ),
    odd(
      'text fields of junk',
      handMade(
        'Content-Disposition: form-data; name="purpose"\r\n\r\nnot-a-purpose',
        'Content-Disposition: form-data; name="ownerId"\r\n\r\n\u0000',
        'Content-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nname,level\r\nA,B',
      ),
    ),
    odd(
      'field named __proto__',
      handMade(
        'Content-Disposition: form-data; name="__proto__"\r\n\r\nx',
        'Content-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello',
      ),
    ),
    odd('a small valid file', ok.payload, okType),
  ].map((m) => (m.contentType === '' ? { ...m, contentType: multipartTypeOf(m.payload) } : m));
}

/** The boundary multipartBody chose (it is random), read back from the body's first line. */
function multipartTypeOf(payload: Buffer | string): string {
  const first = payload.toString().split('\r\n')[0] ?? '';
  return `multipart/form-data; boundary=${first.slice(2)}`;
}

/** The table a path parameter refers to: the segment before `:id`, else the parameter's own name. */
function paramRefersTo(url: string, name: string): string {
  if (name !== 'id') return name;
  const segments = url.split('/');
  return segments[segments.indexOf(':id') - 1] ?? name;
}

/**
 * The requests the fuzzer sends to one write route: valid ones, each field changed to hostile
 * values one at a time, the whole body replaced, each path parameter, the query string and
 * headers, uploads for routes without a JSON body, and a few without a session.
 */
export function requestsFor(route: FuzzRoute, data: FuzzData, prng: Prng, perRoute: number): FuzzRequest[] {
  let counter = 0;
  const src: ValueSource = {
    prng,
    unique: () => ++counter,
    idFor: (name) => {
      const ids = data.ids.idsFor(name);
      return ids.length > 0 && prng.chance(0.85) ? prng.pick(ids) : undefined;
    },
  };
  const schema = bodySchema(route);
  const params = (route.op.parameters ?? []).filter((p) => p.in === 'path');
  const headerParams = (route.op.parameters ?? []).filter((p) => p.in === 'header');

  const paramValue = (name: string, s: JsonSchema): string => {
    if (route.url.startsWith('/api/policies/:id') && name === 'id')
      return prng.pick([...data.policies.keys()]);
    if (route.url.startsWith('/api/jobs/:name') && name === 'name') return prng.pick(data.jobs);
    if (s.format === 'uuid') return src.idFor(paramRefersTo(route.url, name)) ?? prng.uuid();
    return String(validValue(s, src, { full: false, name }));
  };
  const validBody = (full: boolean, path: Record<string, string>, edge?: Edge): unknown => {
    if (!schema) return undefined;
    const body = validValue(schema, src, { full, ...(edge ? { edge } : {}) });
    // A policy's valid value is its current one (the schema says only "any JSON").
    if (route.url.startsWith('/api/policies/:id') && body && typeof body === 'object' && path.id) {
      (body as Record<string, unknown>).value = structuredClone(data.policies.get(path.id));
    }
    return body;
  };

  // ── the mutations ───────────────────────────────────────────────────────────────────────
  const fixed: Mutation[] = [
    { kind: 'valid', full: true },
    { kind: 'valid', full: true },
    { kind: 'valid', full: true },
    { kind: 'valid', full: false },
    { kind: 'valid', full: false },
    { kind: 'valid', full: true, edge: 'max' },
    { kind: 'valid', full: true, edge: 'max' },
    { kind: 'valid', full: true, edge: 'min' },
    ...wholeBodies,
  ];
  for (const p of params) for (const value of paramValues) fixed.push({ kind: 'param', name: p.name, value });
  fixed.push(
    { kind: 'query', query: `__proto__[polluted]=1&a=%ED%A0%80&b=%00&c=${'x'.repeat(3000)}` },
    { kind: 'query', query: 'unitId=not-a-uuid&page=-1&pageSize=1e9&x[y][z]=1' },
  );
  for (const h of headerParams) {
    for (const value of ['', 'x'.repeat(300), 'a b', '\u007f', 'Ã¿', prng.uuid()]) {
      fixed.push({ kind: 'header', name: h.name, value });
    }
  }
  if (!schema) fixed.push(...uploads());
  fixed.push(
    { kind: 'anonymous', label: 'no session' },
    { kind: 'anonymous', label: 'no session, body 5000 deep', body: () => nested(5000).text },
    {
      kind: 'anonymous',
      label: 'forged session cookie',
      headers: { cookie: `xg_session=${'%ED%A0%80'.repeat(100)}` },
    },
    {
      kind: 'anonymous',
      label: 'odd Accept-Language',
      headers: { 'accept-language': `en;q=abc,${'x'.repeat(2000)}` },
    },
  );

  const kindValues: Mutation[] = [];
  const otherValues: Mutation[] = [];
  if (schema) {
    const nodes: Node[] = [];
    validValue(schema, src, { full: true, nodes });
    for (const node of nodes) {
      if (node.path.length === 0) continue;
      const kind = kindOf(node.schema);
      const field = (value: unknown): Mutation => ({ kind: 'field', path: node.path, value });
      if (typeof node.path[node.path.length - 1] === 'string') {
        kindValues.push({ kind: 'field', path: node.path, value: undefined, remove: true });
      }
      kindValues.push(...valuesFor(kind).map(field));
      if (kind === 'string' && /At$|On$|[dD]ate/.test(node.name))
        kindValues.push(...dateTimeValues.map(field));
      if (kind === 'string' && /Id$/.test(node.name)) kindValues.push(...uuidValues.map(field));
      otherValues.push(...anyValues.map(field), ...textValues.map(field));
    }
  }
  // Every value that matters to a field's kind; then values of any kind, to the route's share.
  const room = Math.max(perRoute - fixed.length - kindValues.length, 20);
  const mutations = [...fixed, ...kindValues, ...prng.sample(otherValues, room)];

  // ── each mutation applied to a fresh valid request ──────────────────────────────────────
  return mutations.map((m) => {
    const pathValues: Record<string, string> = {};
    for (const p of params) pathValues[p.name] = paramValue(p.name, p.schema);
    if (m.kind === 'param') pathValues[m.name] = m.value;
    const url = route.url.replace(/:(\w+)/g, (_s, name: string) =>
      m.kind === 'param' && m.name === name ? m.value : encodeURIComponent(pathValues[name] as string),
    );
    const body = m.kind === 'valid' ? validBody(m.full, pathValues, m.edge) : validBody(true, pathValues);
    const headers: Record<string, string> = {};
    for (const h of headerParams) if (prng.chance(0.5)) headers[h.name] = prng.uuid();
    const request = (
      label: string,
      payload: string | Buffer | undefined,
      contentType: string | null = JSON_TYPE,
    ) => {
      if (payload !== undefined && contentType) headers['content-type'] = contentType;
      return { label, method: route.method, url, headers, payload, signedIn: true } as FuzzRequest;
    };
    const json = (b: unknown) => (b === undefined ? undefined : encodeJson(b));
    switch (m.kind) {
      case 'valid':
        return request(
          m.edge
            ? `valid, every field at its ${m.edge}`
            : m.full
              ? 'valid, every field'
              : 'valid, required fields',
          json(body),
        );
      case 'field': {
        setAt(body, m.path, m.value, m.remove);
        return request(`${m.path.join('.')} ${m.remove ? 'missing' : `= ${shortText(m.value)}`}`, json(body));
      }
      case 'body':
        return request(m.label, m.payload(body ?? {}), m.contentType);
      case 'param':
        return request(`:${m.name} = ${shortText(m.value)}`, json(body));
      case 'query':
        return { ...request(`query ${shortText(m.query)}`, json(body)), url: `${url}?${m.query}` };
      case 'header':
        headers[m.name] = m.value;
        return request(`header ${m.name} = ${shortText(m.value)}`, json(body));
      case 'upload':
        return { ...request(m.label, m.payload, m.contentType), mustRefuse: route.upload && m.malformed };
      default:
        Object.assign(headers, m.headers);
        return { ...request(m.label, m.body ? m.body(body) : json(body)), signedIn: false };
    }
  });
}

/** Sets (or removes) the value at a path of a body; a path the body does not have is skipped. */
function setAt(body: unknown, path: (string | number)[], value: unknown, remove = false) {
  let parent = body as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent?.[key];
    if (next === null || typeof next !== 'object') return;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (remove) delete parent[last];
  else parent[last] = value;
}

/** A short description of a hostile value for the report. */
export function shortText(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : encodeJson(value);
  return text.length > 80 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
}
