import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { contracts } from '../contracts/tables.js';
import { customers } from '../customers/tables.js';
import { products } from '../products/tables.js';

/** Q2C-10: production → partially shipped → shipped → delivered → accepted. */
export const orderStatuses = ['production', 'partially_shipped', 'shipped', 'delivered', 'accepted'] as const;

/** Q2C-10: an order (订单) executing a signed contract. */
export const orders = pgTable(
  'orders',
  {
    id: idColumn(),
    number: text().notNull().unique(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    status: text({ enum: orderStatuses }).notNull().default('production'),
    expectedShipDate: date({ mode: 'string' }),
    deliveredAt: timestamp({ withTimezone: true }),
    acceptedAt: timestamp({ withTimezone: true }),
    remark: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.ownerId, t.status), index().on(t.unitId, t.status), index().on(t.contractId)],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: idColumn(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    seq: integer().notNull(),
    productId: uuid().references(() => products.id),
    productName: text().notNull(),
    unit: text().notNull(),
    quantity: integer().notNull(),
  },
  (t) => [index().on(t.orderId, t.seq)],
);

/** Q2C-10: a shipment (发货), possibly partial. */
export const shipments = pgTable(
  'shipments',
  {
    id: idColumn(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    shippedOn: date({ mode: 'string' }).notNull(),
    carrier: text(),
    trackingNo: text(),
    note: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.orderId)],
);

export const shipmentLines = pgTable(
  'shipment_lines',
  {
    shipmentId: uuid()
      .notNull()
      .references(() => shipments.id),
    orderLineId: uuid()
      .notNull()
      .references(() => orderLines.id),
    quantity: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.shipmentId, t.orderLineId] })],
);

/** Q2C-10: the delivery documents that must all be present before acceptance. */
export const deliveryDocumentKinds = ['manual', 'certificate', 'test_report'] as const;

export const deliveryDocuments = pgTable(
  'delivery_documents',
  {
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    kind: text({ enum: deliveryDocumentKinds }).notNull(),
    provided: boolean().notNull().default(false),
    /** An optional scan in files (subject order). */
    fileId: uuid(),
    checkedAt: timestamp({ withTimezone: true }),
    checkedBy: uuid(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.kind] })],
);

export const returnKinds = ['return', 'exchange'] as const;
export const returnStatuses = ['draft', 'reviewing', 'approved', 'rejected'] as const;

/**
 * Q2C-8: a return or exchange (退换货), only through approval. An approved return issues a credit
 * note for `creditFen`, which reduces the contract's receivable.
 */
export const returnRequests = pgTable(
  'return_requests',
  {
    id: idColumn(),
    number: text().notNull().unique(),
    kind: text({ enum: returnKinds }).notNull(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    orderId: uuid().references(() => orders.id),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    reason: text().notNull(),
    /** The amount credited to the customer (0 for a like-for-like exchange). */
    creditFen: bigint({ mode: 'bigint' }).notNull().default(sql`0`),
    status: text({ enum: returnStatuses }).notNull().default('draft'),
    ...rowStamps,
  },
  (t) => [index().on(t.ownerId), index().on(t.unitId), index().on(t.contractId)],
);
