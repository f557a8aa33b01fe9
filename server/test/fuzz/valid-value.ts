import type { Prng } from './prng.js';

/** The part of JSON Schema (OpenAPI 3.0 flavour, as the API document has it) the fuzzer reads. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  nullable?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** What a value is, for choosing the hostile values that matter to it. */
export type Kind =
  | 'money'
  | 'date'
  | 'datetime'
  | 'uuid'
  | 'email'
  | 'enum'
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'array'
  | 'object'
  | 'any';

export function kindOf(schema: JsonSchema): Kind {
  const s = branch(schema, 0);
  if (s.enum || s.const !== undefined) return 'enum';
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return 'uuid';
      if (s.format === 'date') return 'date';
      if (s.format === 'date-time') return 'datetime';
      if (s.format === 'email') return 'email';
      if (s.pattern && /\\d\{[01],1[58]\}/.test(s.pattern)) return 'money';
      return 'string';
    case 'integer':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
      return s.type;
    default:
      return 'any';
  }
}

/** One node of a generated body: where it is, what schema it answers to, its field name. */
export interface Node {
  path: (string | number)[];
  schema: JsonSchema;
  name: string;
  /** The object holding it requires it. */
  required: boolean;
}

/** Where generated values come from: real ids by field name, unique suffixes, the seed. */
export interface ValueSource {
  prng: Prng;
  /** A real record's id for a field or parameter name (customerId, unitId …), if one is known. */
  idFor(name: string): string | undefined;
  /** A fresh number, so unique fields (codes, usernames) do not collide. */
  unique(): number;
}

function branch(schema: JsonSchema, choice: number): JsonSchema {
  const options = schema.oneOf ?? schema.anyOf;
  if (options && options.length > 0) return branch(options[choice % options.length] as JsonSchema, 0);
  if (schema.allOf && schema.allOf.length > 0) return Object.assign({}, ...schema.allOf);
  return schema;
}

/** Texts that satisfy most patterns of ours; the first one that matches is used. */
const patternCandidates = (n: number) => [
  '100',
  `fz${n}`,
  `FZ-${n}`,
  `fz_${n}`,
  '13800138000',
  '+8613800138000',
  '30-60',
  '1-30',
  'fz',
  'a',
  '1',
];

/** Every field at the largest or the smallest value its schema allows. */
export type Edge = 'max' | 'min';

function validString(s: JsonSchema, name: string, src: ValueSource, edge?: Edge): string {
  const n = src.unique();
  switch (s.format) {
    case 'uuid':
      return src.idFor(name) ?? src.prng.uuid();
    case 'date':
      if (edge) return edge === 'max' ? '9999-12-31' : '1000-01-01';
      return src.prng.pick(['2026-03-02', '2026-03-31', '2026-06-30', '2025-12-31']);
    case 'date-time':
      if (edge) return edge === 'max' ? '9999-12-31T23:59:59.999Z' : '1000-01-01T00:00:00.000Z';
      return src.prng.pick(['2026-03-02T01:00:00.000Z', '2026-03-10T09:30:00+08:00', '2026-04-01T00:00:00Z']);
    case 'email':
      return `fuzz${n}@example.com`;
  }
  if (edge && kindOf(s) === 'money') return edge === 'max' ? '999999999999999' : '0';
  if (edge && !s.pattern) {
    const length = edge === 'max' ? Math.min(s.maxLength ?? 2000, 5000) : Math.max(s.minLength ?? 1, 1);
    return (edge === 'max' ? '测' : 'x').repeat(length);
  }
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const hit = patternCandidates(n).find((c) => re.test(c));
    if (hit) return hit;
  }
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 60;
  let text = src.prng.pick([`测试${n}`, `fuzz ${n}`, `Fuzz-${n}`]);
  if (text.length < min) text = text.padEnd(min, 'x');
  return text.slice(0, Math.max(max, min));
}

function validNumber(s: JsonSchema, src: ValueSource, edge?: Edge): number {
  const low =
    typeof s.exclusiveMinimum === 'number'
      ? s.exclusiveMinimum + 1
      : (s.minimum ?? (edge === 'min' ? -2_147_483_648 : 0)) + (s.exclusiveMinimum === true ? 1 : 0);
  const high =
    typeof s.exclusiveMaximum === 'number'
      ? s.exclusiveMaximum - 1
      : (s.maximum ?? (edge === 'max' ? 2_147_483_647 : low + 100)) - (s.exclusiveMaximum === true ? 1 : 0);
  if (edge) return edge === 'max' ? high : low;
  const lo = Math.max(low, Math.min(1, high));
  return lo + src.prng.int(Math.max(1, Math.min(high - lo + 1, 10)));
}

/**
 * A value the schema accepts (as far as JSON Schema tells; refinements it does not show may
 * still refuse it), recording every node with its path. `full` also fills optional properties;
 * `edge` puts every field at its largest or smallest.
 */
export function validValue(
  schema: JsonSchema,
  src: ValueSource,
  opts: {
    full: boolean;
    edge?: Edge;
    nodes?: Node[];
    path?: (string | number)[];
    name?: string;
    required?: boolean;
  },
): unknown {
  const path = opts.path ?? [];
  const name = opts.name ?? '';
  const s = branch(schema, src.prng.int(8));
  opts.nodes?.push({ path, schema: s, name, required: opts.required ?? true });
  const child = (sub: JsonSchema, key: string | number, childName: string, required: boolean) =>
    validValue(sub, src, { ...opts, path: [...path, key], name: childName, required });
  if (s.const !== undefined) return s.const;
  if (s.enum) return src.prng.pick(s.enum);
  switch (s.type) {
    case 'string':
      return validString(s, name, src, opts.edge);
    case 'integer':
    case 'number':
      return validNumber(s, src, opts.edge);
    case 'boolean':
      return src.prng.chance(0.5);
    case 'array': {
      if (!s.items) return [];
      const count =
        opts.edge === 'max'
          ? Math.min(s.maxItems ?? 20, 200)
          : opts.edge === 'min'
            ? (s.minItems ?? 0)
            : Math.min(Math.max(s.minItems ?? 0, 1), s.maxItems ?? 1);
      const itemName = name.endsWith('Ids') ? name.slice(0, -1) : name;
      return Array.from({ length: count }, (_, i) => child(s.items as JsonSchema, i, itemName, true));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(s.required ?? []);
      for (const [key, sub] of Object.entries(s.properties ?? {})) {
        if (required.has(key) || opts.full) out[key] = child(sub, key, key, required.has(key));
      }
      if (!s.properties && typeof s.additionalProperties === 'object' && opts.full) {
        out.budget = child(s.additionalProperties, 'budget', 'budget', false);
      }
      return out;
    }
    default:
      // No type: the schema takes anything (a policy's value); the use case decides.
      return src.prng.pick([1, 30, 'x', true, [], {}]);
  }
}
