import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import { isoOrNull } from '../../platform/schemas.js';
import { customers } from '../customers/tables.js';
import type { TLeadStatus } from './schemas.js';

/** What the assessment holds on the customer record (customers.qualification). */
export interface StoredQualification {
  answers: Record<string, number>;
  /** The criteria and weights the score was computed with. */
  criteria: { key: string; weight: number }[];
  assessedAt: string;
  assessedBy: string | null;
}

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
  const stored = row.qualification as StoredQualification | null;
  return {
    id: row.id,
    name: row.name,
    lifecycle: row.lifecycle,
    answers: stored?.answers ?? null,
    potentialScore: row.potentialScore,
    qualifiedScore,
    qualified: row.potentialScore !== null && row.potentialScore >= qualifiedScore,
    convertedAt: isoOrNull(row.convertedAt),
  };
}
