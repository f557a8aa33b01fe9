import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { units } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { statReports } from './tables.js';

/**
 * ORG-5 on reports: a report belongs to its unit (and, when asked for, to whoever asked);
 * stat_report:read's scope decides who reads it — the unit's managers and those above, the
 * assistant of the unit; outside it a report does not exist (404).
 */
export function reportReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'stat_report:read', {
    owner: statReports.requestedBy,
    unit: statReports.unitId,
  });
}

/** Whether the actor may generate reports of (and analyse reports on) a unit: stat_report:generate over it. */
export function unitGenerateScope(actor: Actor, unitId: SQL | typeof units.id): SQL {
  // A unit has no owner: a person-scoped grant (own, subordinates) reaches no unit.
  return scopeCondition(actor, 'stat_report:generate', { owner: sql`null::uuid`, unit: unitId });
}

/** A unit the actor may generate a report of; 404 otherwise. */
export async function unitForReport(db: DbOrTx, actor: Actor, unitId: string) {
  if (!isUuid(unitId)) throw appError('NOT_FOUND');
  const [unit] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.id, unitId), unitGenerateScope(actor, units.id)));
  if (!unit) throw appError('NOT_FOUND');
  return unit;
}
