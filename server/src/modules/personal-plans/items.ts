import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { customers } from '../customers/index.js';
import { openStages, opportunities } from '../opportunities/index.js';
import type { TPlanItem, TPlanItemInput } from './schemas.js';
import { personalPlanItems } from './tables.js';

const messages = {
  refRequired: { 'zh-CN': '请选择', en: 'Choose one' },
  customer: { 'zh-CN': '只能选择您负责的客户', en: 'Only customers you own can be listed' },
  opportunity: {
    'zh-CN': '只能选择您负责的进行中商机',
    en: 'Only open opportunities you own can be listed',
  },
  actionRef: { 'zh-CN': '行动项不关联客户或商机', en: 'An action names no customer or opportunity' },
  actionNote: { 'zh-CN': '请写明行动内容', en: 'Say what the action is' },
} as const;

export type ItemValues = Omit<typeof personalPlanItems.$inferInsert, 'planId' | 'id' | 'position'>;

/** Ids of `ids` that are customers the rep owns. */
async function ownCustomers(db: DbOrTx, repId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(inArray(customers.id, ids), eq(customers.ownerId, repId)));
  return new Set(rows.map((r) => r.id));
}

/** Ids of `ids` that are open opportunities the rep owns. */
async function ownOpenOpportunities(db: DbOrTx, repId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(
      and(
        inArray(opportunities.id, ids),
        eq(opportunities.ownerId, repId),
        inArray(opportunities.stage, [...openStages]),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/**
 * PLAN-4: the items of a rep's plan, checked before they are kept or submitted — a key customer
 * is one the rep owns, an opportunity one of their open opportunities, an action says what it
 * is and names neither. Every problem is a message on its field (`items.<n>.<field>`), all at once.
 */
export async function checkItems(db: DbOrTx, repId: string, items: readonly ItemValues[]): Promise<void> {
  const refs = (kind: string) => items.flatMap((i) => (i.kind === kind && i.refId ? [i.refId] : []));
  const okCustomers = await ownCustomers(db, repId, refs('customer'));
  const okOpportunities = await ownOpenOpportunities(db, repId, refs('opportunity'));
  const fields: Record<string, Localized> = {};
  items.forEach((item, i) => {
    if (item.kind === 'action') {
      if (item.refId) fields[`items.${i}.refId`] = messages.actionRef;
      if (!item.note) fields[`items.${i}.note`] = messages.actionNote;
      return;
    }
    if (!item.refId) fields[`items.${i}.refId`] = messages.refRequired;
    else if (item.kind === 'customer' && !okCustomers.has(item.refId))
      fields[`items.${i}.refId`] = messages.customer;
    else if (item.kind === 'opportunity' && !okOpportunities.has(item.refId))
      fields[`items.${i}.refId`] = messages.opportunity;
  });
  if (Object.keys(fields).length > 0) throw appError('VALIDATION_FAILED', fields);
}

/** An item as the API parsed it. */
export function itemValuesOf(input: TPlanItemInput): ItemValues {
  return {
    kind: input.kind,
    refId: input.refId ?? null,
    note: input.note ?? '',
    expectedFen:
      input.expectedFen === null || input.expectedFen === undefined ? null : BigInt(input.expectedFen),
  };
}

export type ItemRow = typeof personalPlanItems.$inferSelect;

export async function itemRowsOf(db: DbOrTx, planId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(personalPlanItems)
    .where(eq(personalPlanItems.planId, planId))
    .orderBy(asc(personalPlanItems.position), asc(personalPlanItems.id));
}

/** The plan's items become `values` (a draft is saved whole); returns the items before. The caller audits. */
export async function replaceItems(
  tx: Tx,
  planId: string,
  values: readonly ItemValues[],
): Promise<ItemRow[]> {
  const before = await itemRowsOf(tx, planId);
  await tx.delete(personalPlanItems).where(eq(personalPlanItems.planId, planId));
  if (values.length > 0) {
    await tx.insert(personalPlanItems).values(values.map((v, position) => ({ ...v, planId, position })));
  }
  return before;
}

/** Items for the audit trail (money as text). */
export const itemsForAudit = (rows: readonly ItemValues[]) =>
  rows.map((r) => ({
    kind: r.kind,
    refId: r.refId,
    note: r.note,
    expectedFen: r.expectedFen?.toString() ?? null,
  }));

/** The plan's items as the API shows them, with the customer or opportunity each names. */
export async function itemsOf(db: DbOrTx, planId: string): Promise<TPlanItem[]> {
  const rows = await itemRowsOf(db, planId);
  const ids = (kind: string) => [
    ...new Set(rows.flatMap((r) => (r.kind === kind && r.refId ? [r.refId] : []))),
  ];
  const customerIds = ids('customer');
  const opportunityIds = ids('opportunity');
  const named = new Map<string, NonNullable<TPlanItem['ref']>>();
  if (customerIds.length > 0) {
    for (const c of await db
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(inArray(customers.id, customerIds))) {
      named.set(c.id, { id: c.id, name: c.name, customerName: null, stage: null, amountFen: null });
    }
  }
  if (opportunityIds.length > 0) {
    for (const o of await db
      .select({
        id: opportunities.id,
        name: opportunities.name,
        stage: opportunities.stage,
        amountFen: opportunities.amountFen,
        customerName: customers.name,
      })
      .from(opportunities)
      .leftJoin(customers, eq(customers.id, opportunities.customerId))
      .where(inArray(opportunities.id, opportunityIds))) {
      named.set(o.id, {
        id: o.id,
        name: o.name,
        customerName: o.customerName,
        stage: o.stage,
        amountFen: o.amountFen.toString(),
      });
    }
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    ref: r.refId ? (named.get(r.refId) ?? null) : null,
    note: r.note === '' ? null : r.note,
    expectedFen: r.expectedFen?.toString() ?? null,
  }));
}
