import { dueItemKind } from './kinds.js';

/**
 * Where a due item leads in the web app: a due item kind's link (defineDueItemKind), else the
 * builder registered for its subject type (from the subject id and the rule the item was
 * opened with); the to-do list shows it.
 */
export type LinkBuilder = (subjectId: string, rule: Record<string, unknown>) => string | null;

const builders = new Map<string, LinkBuilder>();

export function defineDueItemLink(subjectType: string, build: LinkBuilder): void {
  if (builders.has(subjectType)) throw new Error(`due item link for ${subjectType} defined twice`);
  builders.set(subjectType, build);
}

export function dueItemLink(
  subjectType: string,
  subjectId: string,
  rule: unknown,
  kind?: string,
): string | null {
  const build = (kind ? dueItemKind(kind)?.link : undefined) ?? builders.get(subjectType);
  if (!build) return null;
  return build(subjectId, rule && typeof rule === 'object' ? (rule as Record<string, unknown>) : {});
}
