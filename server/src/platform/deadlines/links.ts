/**
 * Where a due item leads in the web app: modules register a link builder per subject type
 * (from the subject id and the rule the item was opened with); the to-do list shows it.
 */
type LinkBuilder = (subjectId: string, rule: Record<string, unknown>) => string | null;

const builders = new Map<string, LinkBuilder>();

export function defineDueItemLink(subjectType: string, build: LinkBuilder): void {
  if (builders.has(subjectType)) throw new Error(`due item link for ${subjectType} defined twice`);
  builders.set(subjectType, build);
}

export function dueItemLink(subjectType: string, subjectId: string, rule: unknown): string | null {
  const build = builders.get(subjectType);
  if (!build) return null;
  return build(subjectId, rule && typeof rule === 'object' ? (rule as Record<string, unknown>) : {});
}
