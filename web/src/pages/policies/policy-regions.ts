import type { TPolicyOverride, TUnit } from '../../api/types';

/** The region a unit belongs to (itself if it is one), walking up the tree; undefined above the regions. */
export function regionOf(units: TUnit[], unitId: string): TUnit | undefined {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let unit = byId.get(unitId);
  while (unit && !seen.has(unit.id)) {
    if (unit.kind === 'region') return unit;
    seen.add(unit.id);
    unit = unit.parentId ? byId.get(unit.parentId) : undefined;
  }
  return undefined;
}

/** Whether `unitId` is `rootId` or lies below it. */
export function isWithin(units: TUnit[], unitId: string, rootId: string): boolean {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let unit = byId.get(unitId);
  while (unit && !seen.has(unit.id)) {
    if (unit.id === rootId) return true;
    seen.add(unit.id);
    unit = unit.parentId ? byId.get(unit.parentId) : undefined;
  }
  return false;
}

/**
 * ORG-7: a region's overrides of one policy split into the one in force at `now` and the next
 * scheduled one. `overrides` is the server's list, newest effective first.
 */
export function regionOverride(
  overrides: TPolicyOverride[],
  regionId: string,
  now: string,
): { inForce?: TPolicyOverride; scheduled?: TPolicyOverride } {
  const own = overrides
    .filter((o) => o.unit.id === regionId)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.setAt.localeCompare(a.setAt));
  const inForce = own.find((o) => o.effectiveFrom <= now);
  const future = own.filter((o) => o.effectiveFrom > now);
  const scheduled = future[future.length - 1];
  return { ...(inForce ? { inForce } : {}), ...(scheduled ? { scheduled } : {}) };
}

/** HQ's filing list: those awaiting acknowledgement first, then newest filed first. */
export function sortFilings(items: TPolicyOverride[]): TPolicyOverride[] {
  return [...items].sort(
    (a, b) =>
      Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) || b.setAt.localeCompare(a.setAt),
  );
}

/** The regulation chapters in the order of the regulations; chapters not listed follow alphabetically. */
export const CHAPTER_ORDER = [
  'ORG',
  'CUS',
  'VIS',
  'PLAN',
  'Q2C',
  'AR',
  'SVC',
  'EXP',
  'INC',
  'PEN',
  'OPS',
  'DOC',
  'RISK',
];

export function chapterRank(chapter: string): number {
  const index = CHAPTER_ORDER.indexOf(chapter);
  return index === -1 ? CHAPTER_ORDER.length : index;
}

export function sortChapters(chapters: Iterable<string>): string[] {
  return [...new Set(chapters)].sort((a, b) => chapterRank(a) - chapterRank(b) || a.localeCompare(b));
}
