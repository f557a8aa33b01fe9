/** RISK-1: the heat map's cells as ECharts data — impact across, likelihood up, open risks per cell. */

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

export interface HeatCell {
  likelihood: number;
  impact: number;
  count: number;
  level: RiskLevel;
}

/** The colour of each level (a cell is coloured by its level; its count is its label). */
export const levelColours: Record<RiskLevel, string> = {
  low: '#b7eb8f',
  medium: '#ffe58f',
  high: '#ffbb96',
  critical: '#ff7875',
};

export const axis = ['1', '2', '3', '4', '5'];

/** One point per cell: [impact index, likelihood index, count], coloured by level, every cell drawn. */
export function heatPoints(cells: HeatCell[]) {
  return cells.map((c) => ({
    value: [c.impact - 1, c.likelihood - 1, c.count] as [number, number, number],
    itemStyle: { color: levelColours[c.level], opacity: c.count > 0 ? 1 : 0.45 },
  }));
}

/** The list filter a clicked point stands for (its likelihood and impact). */
export function cellFilter(value: readonly number[]): { likelihood: number; impact: number } | null {
  const [x, y] = value;
  if (x === undefined || y === undefined || x < 0 || x > 4 || y < 0 || y > 4) return null;
  return { impact: x + 1, likelihood: y + 1 };
}
