import type { PeriodCode } from '../../platform/periods/periods.js';
import { links } from './links.js';
import type { Org } from './org.js';
import type { IndicatorTable } from './present.js';
import type { TWorkbenchCompany } from './schemas.js';

type Performers = TWorkbenchCompany['performers']['month'];

/** How many people the top and the bottom list each name. */
const LIST_LENGTH = 5;

/**
 * OPS-5/PLAN-6: the people in scope with a sales target in force for the period, by completion:
 * the five highest, and the five lowest of the others (a small team is not listed twice).
 */
export function performersOf(org: Org, table: IndicatorTable, p: PeriodCode): Performers {
  const ranked = org.people
    .map((person) => {
      const f = table.figure({ type: 'user', id: person.id }, p, table.salesMetric);
      return { person, f };
    })
    .filter((x) => x.f.target !== null && x.f.completionPct !== null)
    .map(({ person, f }) => ({
      user: { id: person.id, username: person.username, displayName: person.displayName },
      unit: { id: person.unitId, name: org.units.get(person.unitId)?.name ?? '' },
      actual: f.actual,
      target: f.target as string,
      completionPct: f.completionPct as number,
      link: links.indicator({ type: 'user', id: person.id }, p, table.salesMetric),
    }))
    .sort((a, b) => b.completionPct - a.completionPct || a.user.username.localeCompare(b.user.username));
  const top = ranked.slice(0, LIST_LENGTH);
  const bottom = ranked.slice(top.length).reverse().slice(0, LIST_LENGTH);
  return { top, bottom };
}
