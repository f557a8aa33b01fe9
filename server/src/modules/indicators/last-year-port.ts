import type { DbOrTx } from '../../db/client.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import type { LastYearQuery } from '../targets/index.js';
import { metricFacts } from './facts.js';
import { rollUp, unitParents } from './rollup.js';

/**
 * PLAN-3/PLAN-5: the targets module's split by last year's share — each child's actuals of a
 * year by month, from the same facts and roll-up as every indicator (a person their own
 * records, a unit everything booked in it or below).
 */
export async function lastYearActuals(db: DbOrTx, q: LastYearQuery): Promise<Map<string, bigint[]>> {
  const out = new Map<string, bigint[]>();
  if (q.subjects.length === 0) return out;
  const tz = await readPolicy(db, companyTimeZone, q.at, null);
  const facts = await metricFacts(db, q.metric, {
    from: `${q.year}-01-01`,
    to: `${q.year}-12-31`,
    bucket: 'month',
    tz,
    category: q.category,
  });
  const rolled = rollUp(facts, q.subjects, await unitParents(db));
  for (const s of q.subjects) {
    const buckets = rolled.get(`${s.type}:${s.id}`);
    const months: bigint[] = [];
    for (let m = 1; m <= 12; m++) months.push(buckets?.get(`${q.year}-${String(m).padStart(2, '0')}`) ?? 0n);
    out.set(`${s.type}:${s.id}`, months);
  }
  return out;
}
