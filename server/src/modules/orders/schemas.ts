// Request and response schemas of this module (zod); the web client's types come from here via the OpenAPI document (npm run gen:api).
import { z } from 'zod';
import {
  ZDateTime,
  ZPageQuery,
  ZUnitRef,
  ZUserRef,
  zDate,
  zFen,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { deliveryDocumentKinds, orderStatuses, returnKinds, returnStatuses } from './tables.js';

export const ZOrderStatus = z.enum(orderStatuses);
export const ZDeliveryDocumentKind = z.enum(deliveryDocumentKinds);
export const ZReturnKind = z.enum(returnKinds);
export const ZReturnStatus = z.enum(returnStatuses);

/** The contract an order or a return executes, as lists show it. */
export const ZOrderContractRef = z.object({ id: z.uuid(), number: z.string(), title: z.string() });
export const ZOrderCustomerRef = z.object({ id: z.uuid(), name: z.string() });

/** Q2C-10: one order as the list shows it (with how much of it has shipped). */
export const ZOrderListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  status: ZOrderStatus,
  contract: ZOrderContractRef,
  customer: ZOrderCustomerRef,
  owner: ZUserRef,
  unit: ZUnitRef,
  expectedShipDate: z.iso.date().nullable(),
  /** Σ ordered and Σ shipped quantity over the lines. */
  quantity: z.number().int(),
  shippedQuantity: z.number().int(),
  /** How many of the three delivery documents are provided. */
  documentsProvided: z.number().int(),
  deliveredAt: ZDateTime.nullable(),
  acceptedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZOrderPage = zPage(ZOrderListItem);

export const ZOrderLine = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  productId: z.uuid().nullable(),
  productName: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  shippedQuantity: z.number().int(),
  remainingQuantity: z.number().int(),
});

export const ZShipment = z.object({
  id: z.uuid(),
  shippedOn: z.iso.date(),
  carrier: z.string().nullable(),
  trackingNo: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: ZDateTime,
  createdBy: ZUserRef.nullable(),
  lines: z.array(z.object({ orderLineId: z.uuid(), productName: z.string(), quantity: z.number().int() })),
});

export const ZDeliveryDocument = z.object({
  kind: ZDeliveryDocumentKind,
  provided: z.boolean(),
  fileId: z.uuid().nullable(),
  checkedAt: ZDateTime.nullable(),
  checkedBy: ZUserRef.nullable(),
});

/** Q2C-10/Q2C-11: an order with its lines, shipments and the delivery-document checklist. */
export const ZOrder = ZOrderListItem.extend({
  remark: z.string().nullable(),
  lines: z.array(ZOrderLine),
  shipments: z.array(ZShipment),
  documents: z.array(ZDeliveryDocument),
  /** The documents still missing before acceptance (Q2C-10). */
  missingDocuments: z.array(ZDeliveryDocumentKind),
  /** The signed-in user may ship, tick documents, deliver and accept (order:write scope). */
  canWrite: z.boolean(),
});

export const ZOrderListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: ZOrderStatus.optional(),
  customerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'number', 'expectedShipDate']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

const ZQuantity = z.coerce.number().int().min(1).max(100_000_000);

export const ZOrderLineInput = z.object({
  productId: z.uuid().nullish(),
  productName: zText(200),
  unit: zText(20),
  quantity: ZQuantity,
});

export const ZOrderCreate = z.object({
  contractId: z.uuid(),
  expectedShipDate: zDate.nullish(),
  remark: zOptionalText(2000),
  lines: z.array(ZOrderLineInput).min(1).max(200),
});

export const ZShipmentCreate = z.object({
  shippedOn: zDate,
  carrier: zOptionalText(100),
  trackingNo: zOptionalText(100),
  note: zOptionalText(1000),
  lines: z
    .array(z.object({ orderLineId: z.uuid(), quantity: ZQuantity }))
    .min(1)
    .max(200),
});

export const ZDocumentParams = z.object({ id: z.uuid(), kind: ZDeliveryDocumentKind });
export const ZDocumentSet = z.object({ provided: z.boolean() });

/** Q2C-8: a return or exchange with its approval status. */
export const ZReturn = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: ZReturnKind,
  status: ZReturnStatus,
  contract: ZOrderContractRef.extend({ amountFen: z.string() }),
  order: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  customer: ZOrderCustomerRef,
  owner: ZUserRef,
  unit: ZUnitRef,
  reason: z.string(),
  creditFen: z.string(),
  /** The credit note issued on approval (when creditFen > 0). */
  creditNote: z
    .object({ id: z.uuid(), amountFen: z.string(), unallocatedFen: z.string(), issuedAt: ZDateTime })
    .nullable(),
  /** The owner may edit and submit it now (draft or rejected). */
  canEdit: z.boolean(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export const ZReturnPage = zPage(ZReturn);

export const ZReturnListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: ZReturnStatus.optional(),
  kind: ZReturnKind.optional(),
  customerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'number', 'creditFen']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const ZReturnCreate = z.object({
  kind: ZReturnKind,
  contractId: z.uuid(),
  orderId: z.uuid().nullish(),
  reason: zText(2000),
  creditFen: zFen.default('0'),
});
export const ZReturnUpdate = z.object({
  kind: ZReturnKind.optional(),
  orderId: z.uuid().nullish(),
  reason: zText(2000).optional(),
  creditFen: zFen.optional(),
});

export type TOrderStatus = z.infer<typeof ZOrderStatus>;
export type TDeliveryDocumentKind = z.infer<typeof ZDeliveryDocumentKind>;
export type TOrderListItem = z.infer<typeof ZOrderListItem>;
export type TOrderPage = z.infer<typeof ZOrderPage>;
export type TOrder = z.infer<typeof ZOrder>;
export type TOrderLine = z.infer<typeof ZOrderLine>;
export type TShipment = z.infer<typeof ZShipment>;
export type TDeliveryDocument = z.infer<typeof ZDeliveryDocument>;
export type TOrderListQuery = z.input<typeof ZOrderListQuery>;
export type TOrderCreate = z.input<typeof ZOrderCreate>;
export type TShipmentCreate = z.input<typeof ZShipmentCreate>;
export type TReturnKind = z.infer<typeof ZReturnKind>;
export type TReturnStatus = z.infer<typeof ZReturnStatus>;
export type TReturn = z.infer<typeof ZReturn>;
export type TReturnPage = z.infer<typeof ZReturnPage>;
export type TReturnListQuery = z.input<typeof ZReturnListQuery>;
export type TReturnCreate = z.input<typeof ZReturnCreate>;
export type TReturnUpdate = z.input<typeof ZReturnUpdate>;
