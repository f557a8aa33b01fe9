/**
 * JSON text that JSON.stringify cannot produce (-0, 1e400, integers beyond 2^53, nesting
 * thousands deep), placed as a value in a request body.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

export const raw = (text: string): RawJson => new RawJson(text);

/** Arrays (or objects) nested `levels` deep. */
export const nested = (levels: number, kind: 'array' | 'object' = 'array'): RawJson =>
  kind === 'array'
    ? raw(`${'['.repeat(levels)}${']'.repeat(levels)}`)
    : raw(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

const MARK = '\u0001raw';

/** JSON text of a value; RawJson parts go in verbatim. */
export function encodeJson(value: unknown): string {
  const parts: string[] = [];
  const text = JSON.stringify(value, (_key, v) =>
    v instanceof RawJson ? `${MARK}${parts.push(v.text) - 1}\u0001` : v,
  );
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_m, i: string) => parts[Number(i)] as string);
}
