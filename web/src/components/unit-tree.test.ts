import { describe, expect, it } from 'vitest';
import type { TUnit } from '../api/types';
import { buildUnitTree } from './unit-tree';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
function unit(n: number, parent: number | null, sort = 0): TUnit {
  return {
    id: id(n),
    parentId: parent === null ? null : id(parent),
    kind: parent === null ? 'company' : 'team',
    name: `U${n}`,
    code: `U${n}`,
    sort,
    memberCount: 0,
  };
}

describe('buildUnitTree', () => {
  it('nests units by parent and orders siblings by sort', () => {
    const tree = buildUnitTree([unit(3, 1, 2), unit(1, null), unit(2, 1, 1), unit(4, 2)]);
    expect(tree.map((n) => n.title)).toEqual(['U1']);
    expect(tree[0]?.children?.map((n) => n.title)).toEqual(['U2', 'U3']);
    expect(tree[0]?.children?.[0]?.children?.map((n) => n.title)).toEqual(['U4']);
    expect(tree[0]?.children?.[1]?.children).toBeUndefined();
  });

  it('makes a unit whose parent is out of sight a root', () => {
    const tree = buildUnitTree([unit(5, 9), unit(6, 5)]);
    expect(tree.map((n) => n.key)).toEqual([id(5)]);
  });
});
