import { apiDocument } from '../../src/http/api-document.js';

type Node = Record<string, unknown> | unknown[] | null | undefined;

/**
 * Every enum the API answers with, by the name of the property that holds it (`status` →
 * pending, approved …): what a page can show. Read from the OpenAPI document the routes
 * produce, so a new route or a new value is found without anyone listing it.
 */
export async function responseEnums(): Promise<Map<string, Set<string>>> {
  const doc = (await apiDocument()) as { paths: Record<string, Record<string, { responses?: Node }>> };
  const found = new Map<string, Set<string>>();
  const walk = (node: unknown, prop: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, prop);
      return;
    }
    const obj = node as Record<string, unknown>;
    if (Array.isArray(obj.enum) && obj.enum.every((v) => typeof v === 'string')) {
      const values = found.get(prop) ?? new Set<string>();
      for (const v of obj.enum as string[]) values.add(v);
      found.set(prop, values);
    }
    for (const [key, value] of Object.entries(obj)) {
      if (key === 'properties' && value && typeof value === 'object') {
        for (const [p, s] of Object.entries(value)) walk(s, p);
      } else walk(value, prop);
    }
  };
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (status.startsWith('2')) walk(response, '');
      }
    }
  }
  found.delete('');
  return found;
}
