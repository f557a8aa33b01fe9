import type { ReactNode } from 'react';
import type { TUnit } from '../api/types';

export interface UnitNode {
  key: string;
  value: string;
  title: ReactNode;
  unit: TUnit;
  children?: UnitNode[];
}

/**
 * Nests the server's flat unit list by parentId, siblings by sort then code. A unit whose
 * parent the user cannot see becomes a root.
 */
export function buildUnitTree(units: TUnit[], title: (unit: TUnit) => ReactNode = (u) => u.name): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<string | null, TUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): UnitNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code))
      .map((unit) => {
        const children = build(unit.id);
        return {
          key: unit.id,
          value: unit.id,
          title: title(unit),
          unit,
          children: children.length > 0 ? children : undefined,
        };
      });
  return build(null);
}
