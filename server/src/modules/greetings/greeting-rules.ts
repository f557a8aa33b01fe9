import type { DbOrTx } from '../../db/client.js';
import { readPolicies } from '../../platform/policies/read.js';
import { greetingDaysBefore, greetingFestivals } from '../customers/index.js';
import type { FestivalKey } from './festival-dates.js';

export interface GreetingRules {
  daysBefore: number;
  festivals: FestivalKey[];
}

/** CUS-7 policies per unit (a region may set its own, ORG-7), read once per unit per run. */
export function greetingRulesReader(db: DbOrTx, at: Date): (unitId: string) => Promise<GreetingRules> {
  const cache = new Map<string, Promise<GreetingRules>>();
  return (unitId) => {
    let rules = cache.get(unitId);
    if (!rules) {
      rules = readPolicies(db, [greetingDaysBefore, greetingFestivals], at, unitId).then((values) => ({
        daysBefore: values.get(greetingDaysBefore.id) as number,
        festivals: values.get(greetingFestivals.id) as FestivalKey[],
      }));
      cache.set(unitId, rules);
    }
    return rules;
  };
}
