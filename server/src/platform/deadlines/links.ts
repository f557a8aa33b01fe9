import { dueItemKind } from './kinds.js';

/**
 * Where a due item leads in the web app: a due item kind's link (defineDueItemKind), else the
 * builder registered for its subject type (from the subject id and the rule the item was
 * opened with); the to-do list shows it.
 */
export type LinkBuilder = (subjectId: string, rule: Record<string, unknown>) => string | null;

export interface DueItemLink {
  /** The `subject_type` of the module's due items. */
  subjectType: string;
  link: LinkBuilder;
}

const builders = new Map<string, LinkBuilder>();

/** Where due items on a subject type lead; its module lists it in the manifest. */
export function defineDueItemLink(link: DueItemLink): DueItemLink {
  return link;
}

/** Called by the module kernel for each manifest's due item links. */
export function registerDueItemLink(link: DueItemLink): void {
  if (builders.has(link.subjectType)) throw new Error(`due item link ${link.subjectType} defined twice`);
  builders.set(link.subjectType, link.link);
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
