import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import type { TDeliveryDocumentKind, TOrder, TOrderListItem, ZOrderListQuery } from './schemas.js';
import { orderReadScope, orderWriteScope } from './scope.js';
import {
  deliveryDocumentKinds,
  deliveryDocuments,
  orderLines,
  orders,
  shipmentLines,
  shipments,
} from './tables.js';

const quantitySql = sql<number>`coalesce((select sum(ol.quantity) from order_lines ol
  where ol.order_id = ${orders.id}), 0)::int`;
const shippedSql = sql<number>`coalesce((select sum(sl.quantity) from shipment_lines sl
  join order_lines ol on ol.id = sl.order_line_id where ol.order_id = ${orders.id}), 0)::int`;
const providedSql = sql<number>`(select count(*) from delivery_documents dd
  where dd.order_id = ${orders.id} and dd.provided)::int`;

function base(db: DbOrTx) {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      contractId: contracts.id,
      contractNumber: contracts.number,
      contractTitle: contracts.title,
      customerId: customers.id,
      customerName: customers.name,
      ownerId: users.id,
      ownerUsername: users.username,
      ownerName: users.displayName,
      unitId: units.id,
      unitName: units.name,
      expectedShipDate: orders.expectedShipDate,
      quantity: quantitySql,
      shippedQuantity: shippedSql,
      documentsProvided: providedSql,
      deliveredAt: orders.deliveredAt,
      acceptedAt: orders.acceptedAt,
      remark: orders.remark,
      createdAt: orders.createdAt,
      updatedAt: orders.updatedAt,
    })
    .from(orders)
    .innerJoin(contracts, eq(contracts.id, orders.contractId))
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(users, eq(users.id, orders.ownerId))
    .innerJoin(units, eq(units.id, orders.unitId));
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function toListItem(r: Row): TOrderListItem {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    contract: { id: r.contractId, number: r.contractNumber, title: r.contractTitle },
    customer: { id: r.customerId, name: r.customerName },
    owner: { id: r.ownerId, username: r.ownerUsername, displayName: r.ownerName },
    unit: { id: r.unitId, name: r.unitName },
    expectedShipDate: r.expectedShipDate,
    quantity: Number(r.quantity),
    shippedQuantity: Number(r.shippedQuantity),
    documentsProvided: Number(r.documentsProvided),
    deliveredAt: isoOrNull(r.deliveredAt),
    acceptedAt: isoOrNull(r.acceptedAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** Q2C-10/Q2C-11: the orders in the actor's scope, filtered, sorted and paged by the server. */
export function listOrders(db: DbOrTx, actor: Actor, q: z.output<typeof ZOrderListQuery>) {
  const like = q.q ? containsPattern(q.q) : null;
  return listPage({
    db,
    rows: base(db).$dynamic(),
    count: db
      .select()
      .from(orders)
      .innerJoin(contracts, eq(contracts.id, orders.contractId))
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .$dynamic(),
    scope: orderReadScope(actor),
    filters: [
      q.status ? eq(orders.status, q.status) : undefined,
      q.customerId ? eq(orders.customerId, q.customerId) : undefined,
      q.contractId ? eq(orders.contractId, q.contractId) : undefined,
      q.ownerId ? eq(orders.ownerId, q.ownerId) : undefined,
      like
        ? or(ilike(orders.number, like), ilike(customers.name, like), ilike(contracts.number, like))
        : undefined,
    ],
    sort: {
      keys: {
        createdAt: orders.createdAt,
        updatedAt: orders.updatedAt,
        number: orders.number,
        expectedShipDate: orders.expectedShipDate,
      },
      default: 'createdAt',
      tieBreaker: orders.id,
    },
    query: q,
    toItems: (rows) => rows.map(toListItem),
  });
}

/** The kinds still missing before acceptance, in checklist order (Q2C-10). */
export function missingKinds(
  docs: { kind: TDeliveryDocumentKind; provided: boolean }[],
): TDeliveryDocumentKind[] {
  return deliveryDocumentKinds.filter((k) => !docs.find((d) => d.kind === k)?.provided);
}

/** Q2C-10: one order in the actor's scope with lines, shipments and documents; 404 otherwise. */
export async function getOrder(db: DbOrTx, actor: Actor, id: string): Promise<TOrder> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await base(db).where(and(eq(orders.id, id), orderReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  const writable = await scopedExists(db, orders, id, orderWriteScope(actor));
  const lines = await db
    .select({
      id: orderLines.id,
      seq: orderLines.seq,
      productId: orderLines.productId,
      productName: orderLines.productName,
      unit: orderLines.unit,
      quantity: orderLines.quantity,
      shippedQuantity: sql<number>`coalesce((select sum(sl.quantity) from shipment_lines sl
        where sl.order_line_id = ${orderLines.id}), 0)::int`,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, id))
    .orderBy(asc(orderLines.seq));
  const shipmentRows = await db
    .select()
    .from(shipments)
    .where(eq(shipments.orderId, id))
    .orderBy(asc(shipments.shippedOn), asc(shipments.createdAt));
  const shippedLines = shipmentRows.length
    ? await db
        .select()
        .from(shipmentLines)
        .where(
          inArray(
            shipmentLines.shipmentId,
            shipmentRows.map((s) => s.id),
          ),
        )
    : [];
  const docs = await db.select().from(deliveryDocuments).where(eq(deliveryDocuments.orderId, id));
  const people = await userRefs(db, [
    ...shipmentRows.map((s) => s.createdBy),
    ...docs.map((d) => d.checkedBy),
  ]);
  const lineName = new Map(lines.map((l) => [l.id, l.productName]));
  const documents = deliveryDocumentKinds.map((kind) => {
    const d = docs.find((x) => x.kind === kind);
    return {
      kind,
      provided: d?.provided ?? false,
      fileId: d?.fileId ?? null,
      checkedAt: isoOrNull(d?.checkedAt),
      checkedBy: (d?.checkedBy && people.get(d.checkedBy)) || null,
    };
  });
  return {
    ...toListItem(row),
    remark: row.remark,
    lines: lines.map((l) => ({
      ...l,
      shippedQuantity: Number(l.shippedQuantity),
      remainingQuantity: l.quantity - Number(l.shippedQuantity),
    })),
    shipments: shipmentRows.map((s) => ({
      id: s.id,
      shippedOn: s.shippedOn,
      carrier: s.carrier,
      trackingNo: s.trackingNo,
      note: s.note,
      createdAt: iso(s.createdAt),
      createdBy: (s.createdBy && people.get(s.createdBy)) || null,
      lines: shippedLines
        .filter((sl) => sl.shipmentId === s.id)
        .map((sl) => ({
          orderLineId: sl.orderLineId,
          productName: lineName.get(sl.orderLineId) ?? '',
          quantity: sl.quantity,
        })),
    })),
    documents,
    missingDocuments: missingKinds(documents),
    canWrite: !!writable,
  };
}
