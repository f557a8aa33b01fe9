import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import { isoOrNull } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import type { TLeadStatus } from './schemas.js';

/**
 * What customers.qualification holds: the answer per criterion ({ budget: 4, … }). The
 * criteria and weights a score was computed with are kept on the timeline event and in the
 * audit row of the assessment.
 */
export type StoredQualification = Record<string, number>;

/** A lead's assessment and stage; the caller has checked access. */
export async function leadStatus(db: DbOrTx, id: string, qualifiedScore: number): Promise<TLeadStatus> {
  const [row] = await db
    .select({
      id: customers.id,
      name: customers.name,
      lifecycle: customers.lifecycle,
      qualification: customers.qualification,
      potentialScore: customers.potentialScore,
      convertedAt: customers.convertedAt,
    })
    .from(customers)
    .where(eq(customers.id, id));
  if (!row) throw appError('NOT_FOUND');
  const answers = row.qualification as StoredQualification | null;
  return {
    id: row.id,
    name: row.name,
    lifecycle: row.lifecycle,
    answers: answers ?? null,
    potentialScore: row.potentialScore,
    qualifiedScore,
    qualified: row.potentialScore !== null && row.potentialScore >= qualifiedScore,
    convertedAt: isoOrNull(row.convertedAt),
  };
}
