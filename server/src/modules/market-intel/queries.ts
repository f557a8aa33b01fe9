import { and, asc, desc, eq, gte, ilike, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { editDays } from './policies.js';
import type { TEntry, TEntryExportQuery, TEntryQuery, TEntryRow } from './schemas.js';
import { type EntryRow, entryAboveScope, entryReadScope } from './scope.js';
import { marketIntelEntries } from './tables.js';

function selectEntries(db: DbOrTx) {
  return db
    .select({
      e: marketIntelEntries,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
      customerName: customers.name,
    })
    .from(marketIntelEntries)
    .innerJoin(users, eq(users.id, marketIntelEntries.userId))
    .innerJoin(units, eq(units.id, marketIntelEntries.unitId))
    .leftJoin(customers, eq(customers.id, marketIntelEntries.customerId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectEntries>['where']>>[number];

const toRow = ({ e, ...x }: Row): TEntryRow => ({
  id: e.id,
  kind: e.kind,
  competitor: e.competitor,
  product: e.product,
  priceFen: e.priceFen === null ? null : e.priceFen.toString(),
  region: e.region,
  source: e.source,
  observedOn: e.observedOn,
  content: e.content,
  customer: e.customerId && x.customerName ? { id: e.customerId, name: x.customerName } : null,
  visitId: e.visitId,
  user: { id: e.userId, username: x.username, displayName: x.displayName },
  unit: { id: e.unitId, name: x.unitName },
  createdAt: iso(e.createdAt),
  updatedAt: iso(e.updatedAt),
});

/** A LIKE pattern's own characters, escaped. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * OPS-10: the filters as SQL. The search term is matched (ILIKE, so a two-character Chinese
 * fragment such as 报价 finds it) in the content, the competitor and the product: market
 * information is a few thousand rows, where a scan of the reader's scope is fast enough.
 */
const filtersOf = (actor: Actor, q: Omit<TEntryQuery, 'page' | 'pageSize'>) => {
  const like = q.q ? `%${escapeLike(q.q)}%` : null;
  return [
    like
      ? or(
          ilike(marketIntelEntries.content, like),
          ilike(marketIntelEntries.competitor, like),
          ilike(marketIntelEntries.product, like),
        )
      : undefined,
    q.kind ? eq(marketIntelEntries.kind, q.kind) : undefined,
    q.competitor ? ilike(marketIntelEntries.competitor, `%${escapeLike(q.competitor)}%`) : undefined,
    q.region ? ilike(marketIntelEntries.region, `%${escapeLike(q.region)}%`) : undefined,
    q.customerId ? eq(marketIntelEntries.customerId, q.customerId) : undefined,
    q.from ? gte(marketIntelEntries.observedOn, q.from) : undefined,
    q.to ? lte(marketIntelEntries.observedOn, q.to) : undefined,
    q.mine ? eq(marketIntelEntries.userId, actor.id) : undefined,
  ];
};

const sortKeys = {
  observedOn: marketIntelEntries.observedOn,
  createdAt: marketIntelEntries.createdAt,
  competitor: marketIntelEntries.competitor,
};

/** OPS-10/ORG-5: the entries in market_intel:read's scope, searched, filtered and paged in SQL. */
export function listEntries(ctx: Ctx, q: TEntryQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectEntries(ctx.db).$dynamic(),
    count: ctx.db.select().from(marketIntelEntries).$dynamic(),
    scope: entryReadScope(actor),
    filters: filtersOf(actor, q),
    sort: { keys: sortKeys, default: 'observedOn', order: 'desc', tieBreaker: marketIntelEntries.id },
    query: q,
    toItems: async (rows) => rows.map(toRow),
  });
}

/** The rows of an export: the list's scope and filters, without paging. */
export async function entryRowsFor(ctx: Ctx, q: TEntryExportQuery, limit: number) {
  const actor = requireActor(ctx);
  const rows = await selectEntries(ctx.db)
    .where(and(entryReadScope(actor), ...filtersOf(actor, q)))
    .orderBy(q.order === 'asc' ? asc(sortKeys[q.sort]) : desc(sortKeys[q.sort]), marketIntelEntries.id)
    .limit(limit);
  return rows.map(toRow);
}

/** OPS-10: until when the writer may change the entry (marketIntel.editDays after recording). */
export async function editableUntil(db: DbOrTx, row: EntryRow): Promise<Date> {
  const days = await readPolicy(db, editDays, row.createdAt, row.unitId);
  return new Date(row.createdAt.getTime() + days * 86_400_000);
}

/** OPS-10: one entry in the reader's scope (404 outside it), with what the reader may do. */
export async function getEntry(ctx: Ctx, id: string): Promise<TEntry> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectEntries(ctx.db)
    .where(and(eq(marketIntelEntries.id, id), entryReadScope(actor)))
    .limit(1);
  if (!row) throw appError('NOT_FOUND');
  const [above] = await ctx.db
    .select({ yes: sql<boolean>`true` })
    .from(marketIntelEntries)
    .where(and(eq(marketIntelEntries.id, id), entryAboveScope(actor)));
  const until = await editableUntil(ctx.db, row.e);
  const mine = row.e.userId === actor.id && actor.permissions['market_intel:write'] !== undefined;
  return {
    ...toRow(row),
    can: { edit: Boolean(above) || (mine && ctx.clock.now() <= until) },
    editableUntil: iso(until),
  };
}
