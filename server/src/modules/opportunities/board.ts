import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { opportunityFilterSql, selectOpportunities, toOpportunities } from './queries.js';
import type { TOpportunityBoard, ZOpportunityBoardQuery } from './schemas.js';
import { noTotal, stageTotals } from './stage-totals.js';
import { isClosedStage, pipelineStages } from './stages.js';
import { opportunities } from './tables.js';

/**
 * CUS-8: the kanban — a column per stage with its count, amount and weighted amount, and its
 * first cards (open stages by expected close date, won and lost most recently closed first).
 * Same filters and scope as the list.
 */
export async function opportunityBoard(
  db: DbOrTx,
  actor: Actor,
  q: z.output<typeof ZOpportunityBoardQuery>,
  at: Date,
): Promise<TOpportunityBoard> {
  const where = opportunityFilterSql(actor, q);
  const totals = await stageTotals(db, where, at);
  const columns: TOpportunityBoard['columns'] = [];
  for (const stage of pipelineStages) {
    const total = totals.get(stage) ?? noTotal;
    const rows =
      total.count === 0
        ? []
        : await selectOpportunities(db, actor)
            .where(and(where, eq(opportunities.stage, stage)))
            .orderBy(
              ...(isClosedStage(stage)
                ? [desc(opportunities.closedAt)]
                : [sql`${opportunities.expectedCloseDate} asc nulls last`, desc(opportunities.updatedAt)]),
              desc(opportunities.id),
            )
            .limit(q.perColumn);
    const items = await toOpportunities(db, rows, at);
    columns.push({
      stage,
      count: total.count,
      amountFen: total.amountFen.toString(),
      weightedFen: total.weightedFen.toString(),
      items,
      more: total.count - items.length,
    });
  }
  return { columns };
}
