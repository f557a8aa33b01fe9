import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { findDuplicatesOfMany } from './duplicates-batch.js';
import type { ZDuplicate } from './schemas.js';

type Duplicate = z.infer<typeof ZDuplicate>;

export interface DuplicateProbe {
  name?: string | null;
  creditCode?: string | null;
  /** Company phone and contact phones. */
  phones?: (string | null | undefined)[];
  excludeId?: string;
}

/**
 * CUS-1: records that look like the same customer — the same credit code, a shared phone
 * (company or contact), or the same normalised name — across the whole company, whoever
 * owns them ("every customer is the company's"). Flagged, never silently merged. One probe of
 * the indexed batch lookup the import uses, so the create form's live check stays fast.
 */
export async function findDuplicates(db: DbOrTx, probe: DuplicateProbe, limit = 10): Promise<Duplicate[]> {
  const [found = []] = await findDuplicatesOfMany(db, [probe], limit + 1);
  return found.filter((d) => d.id !== probe.excludeId).slice(0, limit);
}
