import type { TMe } from '../../api/types';
import { allowed } from '../../app/nav';

/** The 工作台 views, widest first: the first one a user may open is where they land. */
export const views = ['company', 'team', 'me', 'finance'] as const;
export type View = (typeof views)[number];

/** What each view asks (the server checks the same: indicator:read's scope, payment:confirm). */
const needs: Record<View, string[]> = {
  company: ['indicator:read@unit'],
  team: ['indicator:read@subordinates'],
  me: ['indicator:read'],
  finance: ['payment:confirm'],
};

export function viewsOf(me: TMe): View[] {
  return views.filter((v) => allowed({ anyOf: needs[v] }, me));
}
