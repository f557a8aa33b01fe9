import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { ACCELERATOR_FROM_BP } from './plan-queries.js';
import type { TStatement, TStatementDetail, TStatementQuery, TStatementWhy } from './schemas.js';
import { statementReadScope } from './scope.js';
import { commissionPlans, commissionStatementLines, commissionStatements } from './tables.js';

function selectStatements(db: DbOrTx, actor: Actor) {
  return db
    .select({
      s: commissionStatements,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
      planName: commissionPlans.name,
      planVersion: commissionPlans.version,
      planMethod: commissionPlans.method,
      mayGenerate: sql<boolean>`${scopeCondition(actor, 'commission:generate', {
        owner: commissionStatements.userId,
        unit: commissionStatements.unitId,
      })}`,
    })
    .from(commissionStatements)
    .innerJoin(users, eq(users.id, commissionStatements.userId))
    .innerJoin(units, eq(units.id, commissionStatements.unitId))
    .innerJoin(commissionPlans, eq(commissionPlans.id, commissionStatements.planId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectStatements>['where']>>[number];

const editable = (status: string) => status === 'draft' || status === 'rejected';

function toItem(actor: Actor, { s, ...x }: Row): TStatement {
  return {
    id: s.id,
    period: s.period,
    user: { id: s.userId, username: x.username, displayName: x.displayName },
    unit: { id: s.unitId, name: x.unitName },
    status: s.status,
    basis: s.basis,
    targetFen: s.targetFen === null ? null : s.targetFen.toString(),
    basisFen: s.basisFen.toString(),
    attainmentBp: s.attainmentBp,
    reachedTier: s.reachedTier,
    commissionFen: s.commissionFen.toString(),
    plan: { id: s.planId, name: x.planName, version: x.planVersion, method: x.planMethod },
    generatedAt: iso(s.generatedAt),
    submittedAt: isoOrNull(s.submittedAt),
    approvedAt: isoOrNull(s.approvedAt),
    closedAt: isoOrNull(s.closedAt),
    canSubmit: editable(s.status) && s.userId === actor.id,
    canRegenerate: editable(s.status) && x.mayGenerate === true,
  };
}

/** INC-1: the statements the actor may read, by period, person and status; paged in SQL. */
export function listStatements(ctx: Ctx, q: TStatementQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectStatements(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(commissionStatements).$dynamic(),
    scope: statementReadScope(actor),
    filters: [
      q.period ? eq(commissionStatements.period, q.period) : undefined,
      q.userId ? eq(commissionStatements.userId, q.userId) : undefined,
      q.status ? eq(commissionStatements.status, q.status) : undefined,
    ],
    sort: {
      keys: {
        period: commissionStatements.period,
        commissionFen: commissionStatements.commissionFen,
        person: sql`(select u.display_name from users u where u.id = ${commissionStatements.userId})`,
      },
      default: 'period',
      order: 'desc',
      tieBreaker: commissionStatements.id,
    },
    query: q,
    toItems: async (rows) => rows.map((r) => toItem(actor, r)),
  });
}

/** INC-1: one statement with its lines (404 outside the actor's scope). */
export async function getStatement(db: DbOrTx, ctx: Ctx, id: string): Promise<TStatementDetail> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectStatements(db, actor).where(
    and(eq(commissionStatements.id, id), statementReadScope(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  const lines = await db
    .select()
    .from(commissionStatementLines)
    .where(eq(commissionStatementLines.statementId, id))
    .orderBy(asc(commissionStatementLines.seq));
  const tiers = (row.s.why as TStatementWhy).tiers;
  return {
    ...toItem(actor, row),
    why: row.s.why as TStatementWhy,
    lines: lines.map((l) => ({
      id: l.id,
      seq: l.seq,
      kind: l.kind,
      refType: l.refType,
      refId: l.refId,
      refNumber: l.refNumber,
      refOn: l.refOn,
      basisFen: l.basisFen.toString(),
      tierIndex: l.tierIndex,
      rateBp: l.rateBp,
      accelerator:
        l.tierIndex !== null &&
        l.kind !== 'true_up' &&
        (tiers[l.tierIndex]?.fromBp ?? 0) >= ACCELERATOR_FROM_BP,
      amountFen: l.amountFen.toString(),
      note: (l.note as { period?: string; originalNumber?: string } | null) ?? null,
    })),
  };
}
