import type { TTodo, TTodoRow } from '../../api/types';

/** A row of 待办 with the heading of its section. */
export interface DueTodayRow extends TTodoRow {
  sectionLabel: TTodo['sections'][number]['label'];
}

/**
 * ORG-4: what 待办 holds that is late or due before `endOfToday` (an instant: the end of the
 * company's day), late first, then by due time. Rows listed elsewhere on the page (`shownElsewhere`:
 * ids of due items) are left out.
 */
export function dueToday(
  todo: TTodo | undefined,
  endOfToday: string,
  shownElsewhere: Set<string>,
): DueTodayRow[] {
  const end = Date.parse(endOfToday);
  const rows = (todo?.sections ?? []).flatMap((section) =>
    section.items
      .filter((r) => r.overdue || (r.dueAt !== null && Date.parse(r.dueAt) <= end))
      .filter((r) => !(section.key === 'deadlines.dueItems' && shownElsewhere.has(r.id)))
      .map((r) => ({ ...r, sectionLabel: section.label })),
  );
  return rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueAt ? Date.parse(a.dueAt) : Number.POSITIVE_INFINITY) -
        (b.dueAt ? Date.parse(b.dueAt) : Number.POSITIVE_INFINITY),
  );
}
