import { type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import type { Permission } from '../permission-codes.js';
import { dailyReports } from './tables.js';

/**
 * ORG-5 on daily reports: a rep's report belongs to the rep (own, subordinates … as granted); a
 * unit's report has no owner and is reached through its unit — the holder's own unit for a
 * person-wide grant (own: my unit; subordinates: my unit and those below it), else the grant's
 * unit scope.
 */
export function reportScope(actor: Actor, permission: Permission): SQL {
  const scope = actor.permissions[permission];
  const person = scopeCondition(actor, permission, { owner: dailyReports.userId, unit: dailyReports.unitId });
  const unit =
    scope === undefined
      ? sql`false`
      : scope === 'own'
        ? sql`${dailyReports.unitId} = ${actor.unitId}`
        : scope === 'subordinates'
          ? sql`${dailyReports.unitId} in ${unitSubtreeIdsSql(actor.unitId)}`
          : scopeCondition(actor, permission, { owner: sql`null::uuid`, unit: dailyReports.unitId });
  return sql`((${dailyReports.userId} is not null and ${person}) or (${dailyReports.userId} is null and ${unit}))`;
}
