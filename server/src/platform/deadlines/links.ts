/**
 * Where a due item leads in the web app: each module declares the subject types its due items
 * are opened on, with a link builder (from the subject id and the rule the item was opened
 * with); the to-do list shows the link.
 */
type LinkBuilder = (subjectId: string, rule: Record<string, unknown>) => string | null;

export interface DueItemKind {
  /** The `subject_type` of the module's due items. */
  subjectType: string;
  link: LinkBuilder;
}

const builders = new Map<string, LinkBuilder>();

/** A kind of due item; its module lists it in the manifest. */
export function defineDueItemKind(kind: DueItemKind): DueItemKind {
  return kind;
}

/** Called by the module kernel for each manifest's due item kinds. */
export function registerDueItemKind(kind: DueItemKind): void {
  if (builders.has(kind.subjectType)) throw new Error(`due item kind ${kind.subjectType} defined twice`);
  builders.set(kind.subjectType, kind.link);
}

export function dueItemLink(subjectType: string, subjectId: string, rule: unknown): string | null {
  const build = builders.get(subjectType);
  if (!build) return null;
  return build(subjectId, rule && typeof rule === 'object' ? (rule as Record<string, unknown>) : {});
}
