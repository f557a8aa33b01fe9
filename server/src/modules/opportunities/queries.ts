import { and, asc, eq, gte, ilike, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { probabilitiesByUnit, weightedFen } from './probability.js';
import type { TOpportunity, TStageHistory, ZOpportunityFilters, ZOpportunityListQuery } from './schemas.js';
import { opportunityReadScope, opportunityWriteScope } from './scope.js';
import { opportunities, opportunityStageHistory } from './tables.js';

function columns(actor: Actor) {
  return {
    id: opportunities.id,
    name: opportunities.name,
    customerId: customers.id,
    customerName: customers.name,
    stage: opportunities.stage,
    amountFen: opportunities.amountFen,
    expectedCloseDate: opportunities.expectedCloseDate,
    ownerId: users.id,
    ownerUsername: users.username,
    ownerName: users.displayName,
    unitId: units.id,
    unitName: units.name,
    stageChangedAt: opportunities.stageChangedAt,
    closedAt: opportunities.closedAt,
    lostReason: opportunities.lostReason,
    remark: opportunities.remark,
    createdAt: opportunities.createdAt,
    updatedAt: opportunities.updatedAt,
    writable: sql<boolean>`(${opportunityWriteScope(actor)})`.mapWith(Boolean),
  };
}

type Row = {
  id: string;
  name: string;
  customerId: string;
  customerName: string;
  stage: TOpportunity['stage'];
  amountFen: bigint | string;
  expectedCloseDate: string | null;
  ownerId: string;
  ownerUsername: string;
  ownerName: string;
  unitId: string;
  unitName: string;
  stageChangedAt: Date;
  closedAt: Date | null;
  lostReason: string | null;
  remark: string | null;
  createdAt: Date;
  updatedAt: Date;
  writable: boolean;
};

/** Opportunities with their customer, owner and unit; the caller adds the scope to WHERE. */
export function selectOpportunities(db: DbOrTx, actor: Actor) {
  return db
    .select(columns(actor))
    .from(opportunities)
    .innerJoin(customers, eq(customers.id, opportunities.customerId))
    .innerJoin(users, eq(users.id, opportunities.ownerId))
    .innerJoin(units, eq(units.id, opportunities.unitId));
}

/** Rows → API items, with each one's probability read now for its unit (CUS-8, ORG-7). */
export async function toOpportunities(db: DbOrTx, rows: Row[], at: Date): Promise<TOpportunity[]> {
  const byUnit = await probabilitiesByUnit(
    db,
    at,
    rows.map((r) => r.unitId),
  );
  return rows.map((r) => {
    const amount = BigInt(r.amountFen);
    const probability = byUnit.get(r.unitId)![r.stage];
    return {
      id: r.id,
      name: r.name,
      customer: { id: r.customerId, name: r.customerName },
      stage: r.stage,
      amountFen: amount.toString(),
      probability,
      weightedFen: weightedFen(amount, probability).toString(),
      expectedCloseDate: r.expectedCloseDate,
      owner: joinedUserRef(r.ownerId, r.ownerUsername, r.ownerName)!,
      unit: { id: r.unitId, name: r.unitName },
      stageChangedAt: iso(r.stageChangedAt),
      closedAt: isoOrNull(r.closedAt),
      lostReason: r.lostReason,
      remark: r.remark,
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
      canEdit: r.writable && r.closedAt === null,
    };
  });
}

/**
 * The filters of the list and the board, inside the actor's read scope (ORG-5). Refers to
 * `customers` (search by customer name): the query joins it.
 */
export function opportunityFilterSql(actor: Actor, f: z.output<typeof ZOpportunityFilters>): SQL {
  const like = f.q ? containsPattern(f.q) : null;
  return and(
    opportunityReadScope(actor),
    like ? or(ilike(opportunities.name, like), ilike(customers.name, like)) : undefined,
    f.stage?.length ? inArray(opportunities.stage, f.stage) : undefined,
    f.customerId ? eq(opportunities.customerId, f.customerId) : undefined,
    f.ownerId ? eq(opportunities.ownerId, f.ownerId) : undefined,
    f.expectedFrom ? gte(opportunities.expectedCloseDate, f.expectedFrom) : undefined,
    f.expectedTo ? lte(opportunities.expectedCloseDate, f.expectedTo) : undefined,
    f.status === 'open' ? isNull(opportunities.closedAt) : undefined,
    f.status === 'closed' ? isNotNull(opportunities.closedAt) : undefined,
  )!;
}

/** CUS-8: the opportunities in the actor's scope, filtered, sorted and paged by the server. */
export function listOpportunities(
  db: DbOrTx,
  actor: Actor,
  q: z.output<typeof ZOpportunityListQuery>,
  at: Date,
) {
  return listPage({
    db,
    rows: selectOpportunities(db, actor).$dynamic(),
    count: db
      .select()
      .from(opportunities)
      .innerJoin(customers, eq(customers.id, opportunities.customerId))
      .$dynamic(),
    // The read scope is part of the filters the board shares.
    scope: opportunityFilterSql(actor, q),
    sort: {
      keys: {
        updatedAt: { nullsLast: opportunities.updatedAt },
        amountFen: { nullsLast: opportunities.amountFen },
        expectedCloseDate: { nullsLast: opportunities.expectedCloseDate },
      },
      default: 'updatedAt',
      tieBreaker: opportunities.id,
    },
    query: q,
    toItems: (rows) => toOpportunities(db, rows as Row[], at),
  });
}

/** One opportunity in the actor's read scope; 404 otherwise (also for another's id). */
export async function getOpportunity(db: DbOrTx, actor: Actor, id: string, at: Date): Promise<TOpportunity> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await selectOpportunities(db, actor).where(
    and(eq(opportunities.id, id), opportunityReadScope(actor)),
  );
  const [item] = await toOpportunities(db, rows as Row[], at);
  if (!item) throw appError('NOT_FOUND');
  return item;
}

/** CUS-8: every stage move of an opportunity the actor may read, oldest first. */
export async function opportunityHistory(db: DbOrTx, actor: Actor, id: string): Promise<TStageHistory> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  if (!(await scopedExists(db, opportunities, id, opportunityReadScope(actor)))) throw appError('NOT_FOUND');
  const rows = await db
    .select({
      id: opportunityStageHistory.id,
      fromStage: opportunityStageHistory.fromStage,
      toStage: opportunityStageHistory.toStage,
      at: opportunityStageHistory.at,
      actorId: users.id,
      actorUsername: users.username,
      actorName: users.displayName,
    })
    .from(opportunityStageHistory)
    .leftJoin(users, eq(users.id, opportunityStageHistory.actorId))
    .where(eq(opportunityStageHistory.opportunityId, id))
    .orderBy(asc(opportunityStageHistory.at), asc(opportunityStageHistory.id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      fromStage: r.fromStage,
      toStage: r.toStage,
      at: iso(r.at),
      actor: joinedUserRef(r.actorId, r.actorUsername, r.actorName),
    })),
  };
}
