import type { DbOrTx } from '../../db/client.js';
import { readPolicies } from '../../platform/policies/read.js';
import { qualificationCriteria, qualifiedScore } from '../customers/index.js';
import type { TLeadCriteria } from './schemas.js';
import { MAX_ANSWER } from './score.js';

/** CUS-4: the criteria and threshold in force for a unit (a region may set its own, ORG-7). */
export async function leadCriteria(db: DbOrTx, at: Date, unitId: string | null): Promise<TLeadCriteria> {
  const values = await readPolicies(db, [qualificationCriteria, qualifiedScore], at, unitId);
  return {
    criteria: values.get(qualificationCriteria.id) as TLeadCriteria['criteria'],
    maxAnswer: MAX_ANSWER,
    qualifiedScore: values.get(qualifiedScore.id) as number,
  };
}
