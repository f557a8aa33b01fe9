import { describe, expect, it } from 'vitest';
import { cellFilter, heatPoints, levelColours } from './heatmap';

describe('RISK-1: the heat map data', () => {
  it('RISK-1: a cell becomes [impact − 1, likelihood − 1, count] in its level’s colour, and a click gives back its filter', () => {
    const [p] = heatPoints([{ likelihood: 4, impact: 2, count: 3, level: 'medium' }]);
    expect(p!.value).toEqual([1, 3, 3]);
    expect(p!.itemStyle.color).toBe(levelColours.medium);
    expect(cellFilter(p!.value)).toEqual({ likelihood: 4, impact: 2 });
    expect(cellFilter([5, 0, 1])).toBeNull();
  });
});
