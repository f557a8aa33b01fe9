import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { dunningWindow } from './run-dunning.js';
import type { TDunningItem, TDunningRunList, ZDunningItemQuery } from './schemas.js';
import { dunningItems, dunningRuns } from './tables.js';

/**
 * AR-6: who sees a dunning item — receivable:read's scope on the rep and the item's unit: a rep
 * their own, a supervisor their reps', a manager their units', finance and the director all.
 */
export function dunningItemScope(actor: Actor): SQL {
  return scopeCondition(actor, 'receivable:read', { owner: dunningItems.repId, unit: dunningItems.unitId });
}

/** AR-6: whose dunning items the actor may record an outcome for (dunning:outcome's scope). */
export function dunningItemWriteScope(actor: Actor): SQL {
  return scopeCondition(actor, 'dunning:outcome', { owner: dunningItems.repId, unit: dunningItems.unitId });
}

/** AR-6: the month-end runs, newest first, with how many of their items still wait for an outcome. */
export async function listDunningRuns(db: DbOrTx, actor: Actor, at: Date): Promise<TDunningRunList> {
  const issuer = alias(users, 'issuer');
  const rows = await db
    .select({
      run: dunningRuns,
      issuerUsername: issuer.username,
      issuerName: issuer.displayName,
      open: sql<number>`(select count(*)::int from ${dunningItems} where ${dunningItems.runId} = ${dunningRuns.id}
        and ${dunningItems.outcome} is null and ${dunningItemScope(actor)})`,
    })
    .from(dunningRuns)
    .leftJoin(issuer, eq(issuer.id, dunningRuns.issuedBy))
    .orderBy(desc(dunningRuns.period))
    .limit(36);
  const w = await dunningWindow(db, at);
  return {
    items: rows.map((r) => ({
      id: r.run.id,
      period: r.run.period,
      runOn: r.run.runOn,
      itemCount: r.run.itemCount,
      issuedAt: iso(r.run.issuedAt),
      issuedBy: joinedUserRef(r.run.issuedBy, r.issuerUsername, r.issuerName),
      openCount: Number(r.open),
    })),
    today: w.today,
    runFrom: w.runFrom,
    doneThisMonth: rows.some((r) => r.run.period === w.period),
  };
}

const rep = alias(users, 'rep');
const supervisor = alias(users, 'supervisor');
const recorder = alias(users, 'recorder');
const dispatcher = alias(users, 'dispatcher');

/** Dunning items with their run, contract, customer and people; the caller adds the WHERE. */
function selectItems(db: DbOrTx) {
  return db
    .select({
      item: dunningItems,
      period: dunningRuns.period,
      contractNumber: contracts.number,
      customerName: customers.name,
      repUsername: rep.username,
      repName: rep.displayName,
      supUsername: supervisor.username,
      supName: supervisor.displayName,
      byUsername: recorder.username,
      byName: recorder.displayName,
      dispatcherUsername: dispatcher.username,
      dispatcherName: dispatcher.displayName,
    })
    .from(dunningItems)
    .innerJoin(dunningRuns, eq(dunningRuns.id, dunningItems.runId))
    .innerJoin(contracts, eq(contracts.id, dunningItems.contractId))
    .innerJoin(customers, eq(customers.id, dunningItems.customerId))
    .innerJoin(rep, eq(rep.id, dunningItems.repId))
    .leftJoin(supervisor, eq(supervisor.id, dunningItems.supervisorId))
    .leftJoin(recorder, eq(recorder.id, dunningItems.outcomeBy))
    .leftJoin(dispatcher, eq(dispatcher.id, dunningItems.dispatchedBy));
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number];

function toItem(r: ItemRow): TDunningItem {
  const i = r.item;
  return {
    id: i.id,
    runId: i.runId,
    period: r.period,
    instalmentId: i.instalmentId,
    contract: { id: i.contractId, number: r.contractNumber },
    customer: { id: i.customerId, name: r.customerName },
    rep: { id: i.repId, username: r.repUsername, displayName: r.repName },
    supervisor: joinedUserRef(i.supervisorId, r.supUsername, r.supName),
    outstandingFen: i.outstandingFen.toString(),
    dueDate: i.dueDate,
    daysOverdue: i.daysOverdue,
    outcome: i.outcome,
    outcomeNote: i.outcomeNote,
    promisedOn: i.promisedOn,
    outcomeAt: isoOrNull(i.outcomeAt),
    outcomeBy: joinedUserRef(i.outcomeBy, r.byUsername, r.byName),
    dispatchedAt: isoOrNull(i.dispatchedAt),
    dispatchedBy: joinedUserRef(i.dispatchedBy, r.dispatcherUsername, r.dispatcherName),
  };
}

/** AR-6: the dunning items in the actor's scope (my items for a rep, the team's for a supervisor), paged. */
export function listDunningItems(db: DbOrTx, actor: Actor, q: z.output<typeof ZDunningItemQuery>) {
  return listPage({
    db,
    rows: selectItems(db).$dynamic(),
    count: db.select().from(dunningItems).$dynamic(),
    scope: dunningItemScope(actor),
    filters: [
      q.runId ? eq(dunningItems.runId, q.runId) : undefined,
      q.repId ? eq(dunningItems.repId, q.repId) : undefined,
      q.toDispatch === 'true'
        ? and(eq(dunningItems.supervisorId, actor.id), isNull(dunningItems.dispatchedAt))
        : undefined,
      q.outcome === 'open'
        ? isNull(dunningItems.outcome)
        : q.outcome
          ? eq(dunningItems.outcome, q.outcome)
          : undefined,
    ],
    sort: {
      // The newest run first; within it the items still open, by rep and due date.
      keys: {
        run: () => [
          desc(dunningRuns.period),
          sql`${dunningItems.outcome} is not null`,
          asc(rep.username),
          asc(dunningItems.dueDate),
        ],
      },
      default: 'run',
      order: 'asc',
      tieBreaker: dunningItems.id,
    },
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) => rows.map(toItem),
  });
}

/** One dunning item in the actor's scope, or null. */
export async function dunningItemInScope(db: DbOrTx, actor: Actor, id: string): Promise<TDunningItem | null> {
  const [row] = await selectItems(db).where(and(eq(dunningItems.id, id), dunningItemScope(actor)));
  return row ? toItem(row) : null;
}
