import { and, asc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { latestRequestOf } from '../../platform/approvals/queries.js';
import type { Actor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { opportunities } from '../opportunities/index.js';
import { products } from '../products/index.js';
import { discountLimitPctOf } from './discount-limit.js';
import { quoteDirectorDiscountPct } from './policies.js';
import type { TQuote, TQuoteActions, TQuoteStatus, TQuoteSummary, ZQuoteListQuery } from './schemas.js';
import { QUOTE_DOC, quoteReadScope, quoteWriteScope } from './scope.js';
import { effectiveQuoteStatus, type QuoteStatus } from './status.js';
import { quoteLines, quotes } from './tables.js';

const owner = alias(users, 'quote_owner');

function columns(actor: Actor) {
  return {
    id: quotes.id,
    number: quotes.number,
    customerId: quotes.customerId,
    customerName: customers.name,
    opportunityId: opportunities.id,
    opportunityName: opportunities.name,
    ownerId: quotes.ownerId,
    ownerUsername: owner.username,
    ownerName: owner.displayName,
    unitId: quotes.unitId,
    unitName: units.name,
    status: quotes.status,
    taxRatePct: quotes.taxRatePct,
    validUntil: quotes.validUntil,
    listTotalFen: quotes.listTotalFen,
    totalFen: quotes.totalFen,
    taxFen: quotes.taxFen,
    netTotalFen: quotes.netTotalFen,
    maxDiscountBp: quotes.maxDiscountBp,
    belowFloor: quotes.belowFloor,
    remark: quotes.remark,
    sentAt: quotes.sentAt,
    decidedAt: quotes.decidedAt,
    contractId: quotes.contractId,
    createdAt: quotes.createdAt,
    updatedAt: quotes.updatedAt,
    writable: sql<boolean>`(${quoteWriteScope(actor)})`.mapWith(Boolean),
  };
}

type Row = Awaited<ReturnType<ReturnType<typeof selectQuotes>['execute']>>[number];

function selectQuotes(db: DbOrTx, actor: Actor) {
  return db
    .select(columns(actor))
    .from(quotes)
    .innerJoin(customers, eq(customers.id, quotes.customerId))
    .innerJoin(owner, eq(owner.id, quotes.ownerId))
    .innerJoin(units, eq(units.id, quotes.unitId))
    .leftJoin(opportunities, eq(opportunities.id, quotes.opportunityId));
}

function toSummary(r: Row, today: string): TQuoteSummary {
  return {
    id: r.id,
    number: r.number,
    customer: { id: r.customerId, name: r.customerName },
    opportunity:
      r.opportunityId && r.opportunityName !== null ? { id: r.opportunityId, name: r.opportunityName } : null,
    owner: { id: r.ownerId, username: r.ownerUsername, displayName: r.ownerName },
    unit: { id: r.unitId, name: r.unitName },
    status: effectiveQuoteStatus(r.status, r.validUntil, today),
    taxRatePct: r.taxRatePct,
    validUntil: r.validUntil,
    listTotalFen: r.listTotalFen.toString(),
    totalFen: r.totalFen.toString(),
    taxFen: r.taxFen.toString(),
    netTotalFen: r.netTotalFen.toString(),
    maxDiscountBp: r.maxDiscountBp,
    belowFloor: r.belowFloor,
    remark: r.remark,
    sentAt: isoOrNull(r.sentAt),
    decidedAt: isoOrNull(r.decidedAt),
    contractId: r.contractId,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

const expiring: QuoteStatus[] = ['draft', 'reviewing', 'approved', 'rejected', 'sent'];

/** The effective status in SQL (Q2C-3: `expired` is computed from validUntil and today). */
function statusCondition(status: TQuoteStatus, today: string): SQL {
  if (status === 'expired')
    return or(
      eq(quotes.status, 'expired'),
      and(inArray(quotes.status, expiring), lt(quotes.validUntil, today)),
    )!;
  if (expiring.includes(status)) return and(eq(quotes.status, status), gte(quotes.validUntil, today))!;
  return eq(quotes.status, status);
}

/** Q2C-3: the quotes in the actor's scope (ORG-5), filtered, sorted and paged by the server. */
export async function listQuotes(db: DbOrTx, actor: Actor, q: z.output<typeof ZQuoteListQuery>, at: Date) {
  const today = await companyToday(db, at);
  const like = q.q ? containsPattern(q.q) : null;
  return listPage({
    db,
    rows: selectQuotes(db, actor).$dynamic(),
    count: db.select().from(quotes).innerJoin(customers, eq(customers.id, quotes.customerId)).$dynamic(),
    scope: quoteReadScope(actor),
    filters: [
      like ? or(ilike(quotes.number, like), ilike(customers.name, like)) : undefined,
      q.status ? statusCondition(q.status, today) : undefined,
      q.customerId ? eq(quotes.customerId, q.customerId) : undefined,
      q.ownerId ? eq(quotes.ownerId, q.ownerId) : undefined,
    ],
    sort: {
      keys: {
        createdAt: quotes.createdAt,
        totalFen: quotes.totalFen,
        validUntil: quotes.validUntil,
        number: quotes.number,
      },
      default: 'createdAt',
      tieBreaker: quotes.id,
    },
    query: q,
    toItems: (rows) => rows.map((r) => toSummary(r, today)),
  });
}

function actionsFor(actor: Actor, r: Row, status: QuoteStatus, lineCount: number): TQuoteActions {
  const open = r.status === 'draft' || r.status === 'rejected';
  const live = status !== 'expired';
  return {
    edit: r.writable && open,
    submit: r.ownerId === actor.id && open && live && lineCount > 0,
    send: r.writable && r.status === 'approved' && live,
    accept: r.writable && r.status === 'sent' && live,
    decline: r.writable && r.status === 'sent',
    contract:
      r.writable && r.status === 'accepted' && r.contractId === null && !!actor.permissions['contract:write'],
  };
}

/** Q2C-3: one quote with its lines, totals, limits, approval state and what the actor may do; 404 outside scope. */
export async function getQuote(db: DbOrTx, actor: Actor, id: string, at: Date): Promise<TQuote> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectQuotes(db, actor).where(and(eq(quotes.id, id), quoteReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  const today = await companyToday(db, at);
  const summary = toSummary(row, today);
  const lines = await db
    .select({ line: quoteLines, productCode: products.code })
    .from(quoteLines)
    .innerJoin(products, eq(products.id, quoteLines.productId))
    .where(eq(quoteLines.quoteId, id))
    .orderBy(asc(quoteLines.seq));
  const latest = await latestRequestOf(db, QUOTE_DOC, id);
  return {
    ...summary,
    lines: lines.map(({ line: l, productCode }) => ({
      id: l.id,
      seq: l.seq,
      productId: l.productId,
      productCode,
      productName: l.productName,
      unit: l.unit,
      quantity: l.quantity,
      listPriceFen: l.listPriceFen.toString(),
      floorPriceFen: l.floorPriceFen.toString(),
      unitPriceFen: l.unitPriceFen.toString(),
      discountBp: l.discountBp,
      amountFen: l.amountFen.toString(),
      belowFloor: l.unitPriceFen < l.floorPriceFen,
      remark: l.remark,
    })),
    discountLimitPct: await discountLimitPctOf(db, row.ownerId, row.unitId, at),
    directorDiscountPct: await readPolicy(db, quoteDirectorDiscountPct, at, row.unitId),
    approval: latest ? { requestId: latest.id, status: latest.status } : null,
    actions: actionsFor(actor, row, summary.status, lines.length),
  };
}

/**
 * A quote row the actor may change, locked for the transaction: 404 outside read scope,
 * 403 when the actor may read but not write it.
 */
export async function quoteForWrite(tx: Tx, actor: Actor, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [visible] = await tx
    .select({ id: quotes.id, writable: sql<boolean>`(${quoteWriteScope(actor)})`.mapWith(Boolean) })
    .from(quotes)
    .where(and(eq(quotes.id, id), quoteReadScope(actor)));
  if (!visible) throw appError('NOT_FOUND');
  if (!visible.writable) throw appError('FORBIDDEN');
  const [row] = await tx.select().from(quotes).where(eq(quotes.id, id)).for('update');
  return row!;
}
