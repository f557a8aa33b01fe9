import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { units, users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { retentionPolicies } from './policies.js';
import { documentDetail, readableDocument } from './queries.js';
import type { TDocument, TDocumentCreate, TDocumentUpdate } from './schemas.js';
import { DOCUMENT_ENTITY, type DocumentRow } from './scope.js';
import { documents, type retentionClasses } from './tables.js';

type Retention = (typeof retentionClasses)[number];
const YEARS: Record<Retention, number | null> = { y1: 1, y3: 3, y5: 5, y10: 10, y30: 30, long_term: null };

/** DOC-4: the last day a document is kept — `years` after the day it was catalogued; long-term none. */
export function retainUntilOf(from: string, retention: Retention): string | null {
  const years = YEARS[retention];
  if (years === null) return null;
  const [y, m, day] = from.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m - 1, day));
  if (last.getUTCMonth() !== m - 1) last.setUTCDate(0); // 29 February → 28 February
  return last.toISOString().slice(0, 10);
}

const field = (name: string, zh: string, en: string) =>
  appError('VALIDATION_FAILED', { [name]: { 'zh-CN': zh, en } });

/**
 * DOC-1/ORG-5: the keeper is an active user, and the document as it would be (keeper, unit) lies
 * in the actor's document:manage scope — nobody catalogues for a unit outside their room.
 */
async function checkKeeper(tx: Tx, actor: Actor, keeperId: string, unitId: string) {
  const [keeper] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, keeperId), eq(users.status, 'active')));
  if (!keeper) throw field('keeperId', '找不到该保管人', 'No such keeper');
  const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!unit) throw field('unitId', '找不到该部门', 'No such unit');
  const [inScope] = await queryRows<{ ok: boolean }>(
    tx,
    sql`select true as ok where ${scopeCondition(actor, 'document:manage', {
      owner: sql`${keeperId}::uuid`,
      unit: sql`${unitId}::uuid`,
    })}`,
  );
  if (!inScope) throw field('unitId', '不能为该部门归档', 'You cannot catalogue documents for this unit');
}

async function checkLinks(tx: Tx, input: { customerId?: string | null; contractId?: string | null }) {
  if (input.customerId) {
    const [c] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.id, input.customerId));
    if (!c) throw field('customerId', '找不到该客户', 'No such customer');
  }
  if (input.contractId) {
    const [c] = await tx
      .select({ id: contracts.id })
      .from(contracts)
      .where(eq(contracts.id, input.contractId));
    if (!c) throw field('contractId', '找不到该合同', 'No such contract');
  }
}

/**
 * DOC-1/DOC-2/DOC-4: the keeper catalogues a document — numbered DA-<year>-<n> without gaps,
 * the category's retention class by policy unless another is chosen, kept until the end of it.
 */
export async function createDocument(ctx: Ctx, input: TDocumentCreate): Promise<TDocument> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const today = localDate(at, await readCompanyTimeZone(tx, at));
    const unitId = input.unitId ?? actor.unitId;
    const keeperId = input.keeperId ?? actor.id;
    await checkKeeper(tx, actor, keeperId, unitId);
    await checkLinks(tx, input);
    const retentionClass =
      input.retentionClass ?? (await readPolicy(tx, retentionPolicies[input.category], at, unitId));
    const n = await nextInSequence(tx, 'document', today.slice(0, 4));
    const [row] = await tx
      .insert(documents)
      .values({
        number: `DA-${today.slice(0, 4)}-${String(n).padStart(4, '0')}`,
        title: input.title,
        description: input.description ?? null,
        category: input.category,
        retentionClass,
        retainUntil: retainUntilOf(today, retentionClass),
        confidentiality: input.confidentiality,
        unitId,
        keeperId,
        customerId: input.customerId ?? null,
        contractId: input.contractId ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: row!.id,
      action: 'document.create',
      after: row,
    });
    return row!.id;
  });
  return documentDetail(ctx.db, ctx, id);
}

/** The room's own document, locked, still active (disposed ones stay as they are). */
export async function managedActiveDocument(tx: Tx, actor: Actor, id: string): Promise<DocumentRow> {
  const doc = await readableDocument(tx, actor, id, { lock: true, manage: true });
  if (doc.status === 'disposed') throw appError('DOCUMENT_DISPOSED');
  return doc;
}

/** DOC-1/DOC-3: the keeper changes the catalogue entry (level, retention, keeper, links); audited. */
export async function updateDocument(ctx: Ctx, id: string, input: TDocumentUpdate): Promise<TDocument> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const before = await managedActiveDocument(tx, actor, id);
    if (input.keeperId) await checkKeeper(tx, actor, input.keeperId, before.unitId);
    await checkLinks(tx, input);
    const retentionClass = input.retentionClass ?? before.retentionClass;
    const retainUntil =
      retentionClass === before.retentionClass
        ? before.retainUntil
        : retainUntilOf(
            localDate(before.createdAt, await readCompanyTimeZone(tx, before.createdAt)),
            retentionClass,
          );
    const [after] = await tx
      .update(documents)
      .set({
        title: input.title ?? before.title,
        description: input.description === undefined ? before.description : input.description,
        confidentiality: input.confidentiality ?? before.confidentiality,
        retentionClass,
        retainUntil,
        keeperId: input.keeperId ?? before.keeperId,
        customerId: input.customerId === undefined ? before.customerId : input.customerId,
        contractId: input.contractId === undefined ? before.contractId : input.contractId,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(documents.id, id))
      .returning();
    await audit(tx, ctx, { entity: DOCUMENT_ENTITY, entityId: id, action: 'document.update', before, after });
  });
  return documentDetail(ctx.db, ctx, id);
}
