import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { agingReport } from '../collection/index.js';
import { links } from './links.js';
import type { OrgUnit } from './org.js';
import type { TAgingBuckets } from './schemas.js';

/**
 * AR-9: the aging totals of the reader's receivables (the collection module's report, in its
 * receivable:read scope), under a unit when given, each bucket linked to its list.
 */
export async function agingBuckets(
  db: DbOrTx,
  actor: Actor,
  at: Date,
  under: OrgUnit | null,
): Promise<TAgingBuckets> {
  const unit = under && under.parentId !== null ? under : null;
  const whose = unit ? { unitId: unit.id, label: unit.name } : {};
  const report = await agingReport(db, actor, { groupBy: 'unit', ...(unit ? { unitId: unit.id } : {}) }, at);
  return {
    notDueFen: report.totals.notDueFen,
    overdueFen: report.totals.overdueFen,
    totalOpenFen: report.totals.totalOpenFen,
    buckets: report.buckets.map((b, i) => ({
      ...b,
      amountFen: report.totals.bucketFen[i] ?? '0',
      link: links.bucket(b.key, whose),
    })),
    link: links.receivables(whose),
  };
}
