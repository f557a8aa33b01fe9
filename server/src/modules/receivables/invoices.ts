import { eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { assertNotFuture } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { users } from '../../platform/org/tables.js';
import { iso } from '../../platform/schemas.js';
import { assertSignedMain, contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { contractById } from './contract-access.js';
import type { TInvoice, TInvoiceCreate, ZInvoiceListQuery } from './schemas.js';
import { invoices } from './tables.js';

const creator = alias(users, 'creator');

function invoiceScope(actor: Actor): SQL {
  return scopeCondition(actor, 'payment:read', { owner: invoices.ownerId, unit: invoices.unitId });
}

function selectInvoices(db: DbOrTx) {
  return db
    .select({
      v: invoices,
      contractNumber: contracts.number,
      customerName: customers.name,
      creatorId: creator.id,
      creatorUsername: creator.username,
      creatorName: creator.displayName,
    })
    .from(invoices)
    .innerJoin(contracts, eq(contracts.id, invoices.contractId))
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .leftJoin(creator, eq(creator.id, invoices.createdBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectInvoices>['where']>>[number];

function toInvoice(r: Row): TInvoice {
  return {
    id: r.v.id,
    contract: { id: r.v.contractId, number: r.contractNumber },
    customer: { id: r.v.customerId, name: r.customerName },
    fapiaoNo: r.v.fapiaoNo,
    kind: r.v.kind,
    amountFen: r.v.amountFen.toString(),
    issuedOn: r.v.issuedOn,
    remark: r.v.remark,
    createdAt: iso(r.v.createdAt),
    createdBy: joinedUserRef(r.creatorId, r.creatorUsername, r.creatorName),
  };
}

const fapiaoTaken = {
  fapiaoNo: { 'zh-CN': '该发票号码已登记', en: 'This fapiao number is already recorded' },
};

/** AR-3: finance records an invoice (发票, ordinary or special VAT) against a signed contract. */
export function recordInvoice(ctx: Ctx, input: TInvoiceCreate): Promise<TInvoice> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const contract = await contractById(tx, input.contractId);
    if (!contract)
      throw appError('VALIDATION_FAILED', {
        contractId: { 'zh-CN': '请选择已签订的主合同', en: 'Choose a signed main contract' },
      });
    assertSignedMain(contract);
    await assertNotFuture(tx, ctx.clock.now(), 'issuedOn', input.issuedOn);
    const [taken] = await tx
      .select({ id: invoices.id })
      .from(invoices)
      .where(eq(invoices.fapiaoNo, input.fapiaoNo));
    if (taken) throw appError('VALIDATION_FAILED', fapiaoTaken);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(invoices)
      .values({
        contractId: contract.id,
        customerId: contract.customerId,
        ownerId: contract.ownerId,
        unitId: contract.unitId,
        fapiaoNo: input.fapiaoNo,
        kind: input.kind,
        amountFen: BigInt(input.amountFen),
        issuedOn: input.issuedOn,
        remark: input.remark ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .onConflictDoNothing({ target: invoices.fapiaoNo })
      .returning();
    if (!row) throw appError('VALIDATION_FAILED', fapiaoTaken);
    await audit(tx, ctx, { entity: 'invoice', entityId: row.id, action: 'invoice.record', after: row });
    const [item] = await selectInvoices(tx).where(eq(invoices.id, row.id));
    return toInvoice(item!);
  });
}

/** AR-3: invoices in the actor's payment:read scope, newest first by default. */
export function listInvoices(db: DbOrTx, actor: Actor, q: z.output<typeof ZInvoiceListQuery>) {
  return listPage({
    db,
    rows: selectInvoices(db).$dynamic(),
    count: db.select().from(invoices).$dynamic(),
    scope: invoiceScope(actor),
    filters: [
      q.contractId ? eq(invoices.contractId, q.contractId) : undefined,
      q.customerId ? eq(invoices.customerId, q.customerId) : undefined,
    ],
    sort: { keys: { issuedOn: invoices.issuedOn }, default: 'issuedOn', tieBreaker: invoices.id },
    query: { page: q.page, pageSize: q.pageSize, order: q.order },
    toItems: (rows) => rows.map(toInvoice),
  });
}
