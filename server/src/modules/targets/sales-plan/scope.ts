import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { approvalParticipantCondition } from '../../../platform/approvals/visibility.js';
import type { Actor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { units } from '../../../platform/org/tables.js';
import { isUuid } from '../../../platform/schemas.js';
import { salesPlans } from '../tables.js';

/** The approval document type of the annual sales plan. */
export const SALES_PLAN_DOC = 'sales_plan';

export type SalesPlanRow = typeof salesPlans.$inferSelect;

/**
 * PLAN-1/ORG-5: everyone with sales_plan:read reads the company's plan as approved (and the
 * versions it superseded); drafts and plans under review are read by those who write the plan
 * and by the people asked to approve them (and those above them).
 */
export function salesPlanReadScope(actor: Actor): SQL {
  if (actor.permissions['sales_plan:write'] !== undefined) return sql`true`;
  if (actor.permissions['sales_plan:read'] === undefined) return sql`false`;
  return or(
    inArray(salesPlans.status, ['approved', 'superseded']),
    approvalParticipantCondition(actor.id, SALES_PLAN_DOC, salesPlans.id),
  )!;
}

/** One version the actor may read; 404 otherwise. With `forUpdate`, locked for the write that follows. */
export async function salesPlanFor(
  db: DbOrTx,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<SalesPlanRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const q = db
    .select()
    .from(salesPlans)
    .where(and(eq(salesPlans.id, id), salesPlanReadScope(actor)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** PLAN-1: the company — the root of the org tree — whose targets the approved plan sets. */
export async function companyUnitId(db: DbOrTx): Promise<string> {
  const [root] = await db.select({ id: units.id }).from(units).where(isNull(units.parentId)).limit(1);
  if (!root) throw appError('NOT_FOUND');
  return root.id;
}
