import { and, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { emit } from '../../platform/events/domain-events.js';
import type { Attachments } from '../../platform/files/attachments.js';
import { listPage } from '../../platform/lists/list-page.js';
import { notify } from '../../platform/notifications/notify.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isUuid } from '../../platform/schemas.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT, customerInScope, customers } from '../customers/index.js';
import { praiseRecorded } from './events.js';
import type { TPraise, TPraiseCreate, TPraiseQuery } from './schemas.js';
import { PRAISE_ENTITY, praiseLink, praiseScope } from './scope.js';
import { praiseRecords as p } from './tables.js';

type PraiseRow = typeof p.$inferSelect;
const praised = alias(users, 'praised');
const recorder = alias(users, 'recorder');

const kindWords = {
  praise: { 'zh-CN': '表扬', en: 'praise' },
  award: { 'zh-CN': '奖励', en: 'award' },
} as const;

function selectPraise(db: DbOrTx) {
  return db
    .select({
      p,
      customerName: customers.name,
      username: praised.username,
      displayName: praised.displayName,
      unitName: units.name,
      recorderUsername: recorder.username,
      recorderName: recorder.displayName,
      points: sql<string | null>`(select sum(amount)::text from ledger_entries
        where account = 'points' and ref_type = ${PRAISE_ENTITY} and ref_id = ${p.id} and amount > 0)`,
    })
    .from(p)
    .innerJoin(customers, eq(customers.id, p.customerId))
    .innerJoin(praised, eq(praised.id, p.userId))
    .innerJoin(units, eq(units.id, p.unitId))
    .leftJoin(recorder, eq(recorder.id, p.createdBy));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectPraise>['where']>>[number];

const toPraise = (r: Row): TPraise => ({
  id: r.p.id,
  customer: { id: r.p.customerId, name: r.customerName },
  user: { id: r.p.userId, username: r.username, displayName: r.displayName },
  unit: { id: r.p.unitId, name: r.unitName },
  day: r.p.day,
  kind: r.p.kind,
  description: r.p.description,
  recordedBy:
    r.p.createdBy && r.recorderUsername
      ? { id: r.p.createdBy, username: r.recorderUsername, displayName: r.recorderName ?? '' }
      : null,
  createdAt: iso(r.p.createdAt),
  points: r.points,
});

/** Who reads a praise record: the person praised, or praise:read's scope. */
const readable = (actor: Actor): SQL => or(eq(p.userId, actor.id), praiseScope(actor))!;

/** SVC-3/ORG-5: the praise records the reader may see, paged and filtered in SQL. */
export function listPraise(ctx: Ctx, q: TPraiseQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectPraise(ctx.db).$dynamic(),
    count: ctx.db.select().from(p).$dynamic(),
    scope: readable(actor),
    filters: [
      q.kind ? eq(p.kind, q.kind) : undefined,
      q.userId ? eq(p.userId, q.userId) : undefined,
      q.customerId ? eq(p.customerId, q.customerId) : undefined,
      q.from ? gte(p.day, q.from) : undefined,
      q.to ? lte(p.day, q.to) : undefined,
    ],
    sort: { keys: { day: p.day, createdAt: p.createdAt }, default: 'day', order: 'desc', tieBreaker: p.id },
    query: q,
    toItems: async (rows) => rows.map(toPraise),
  });
}

/** SVC-3: one praise record the reader may see (else 404). */
export async function getPraise(db: DbOrTx, actor: Actor, id: string): Promise<TPraise> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectPraise(db).where(and(eq(p.id, id), readable(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toPraise(row);
}

async function praiseInScope(db: DbOrTx, id: string, scope: SQL, lock = false) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const q = db
    .select()
    .from(p)
    .where(and(eq(p.id, id), scope));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** SVC-3: evidence files of praise — read with the record, added by those who may record it. */
export const praiseEvidence: Attachments<PraiseRow> = {
  subjectType: PRAISE_ENTITY,
  purposes: ['evidence'],
  parent: {
    read: (db, actor, id) => praiseInScope(db, id, readable(actor)),
    write: (tx: Tx, actor, id) => praiseInScope(tx, id, praiseScope(actor, 'praise:record'), true),
  },
};

/**
 * SVC-3/INC-4: customer praise or an award recorded by praise:record for a person in that scope
 * (never oneself) about a customer the recorder may read: audited, on the customer's timeline,
 * the person told, and `praiseRecorded` emitted — the points module awards the praise extra points
 * once per record.
 */
export async function recordPraise(ctx: Ctx, input: TPraiseCreate): Promise<TPraise> {
  const actor = requireActor(ctx);
  if (input.userId === actor.id) throw appError('PRAISE_OWN');
  const id = await inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const customer = await customerInScope(tx, actor, input.customerId);
    const [person] = await queryRows<{ id: string; unit_id: string; display_name: string }>(
      tx,
      sql`select u.id, u.unit_id, u.display_name from users u
          where u.id = ${input.userId} and u.status = 'active'
            and ${scopeCondition(actor, 'praise:record', { owner: sql`u.id`, unit: sql`u.unit_id` })}`,
    );
    if (!person)
      throw appError('VALIDATION_FAILED', {
        userId: { 'zh-CN': '不能为该人员登记表扬', en: 'You cannot record praise for this person' },
      });
    const [row] = await tx
      .insert(p)
      .values({
        customerId: customer.id,
        userId: person.id,
        unitId: person.unit_id,
        day: input.day,
        kind: input.kind,
        description: input.description,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, { entity: PRAISE_ENTITY, entityId: row!.id, action: 'praise.record', after: row });
    const words = kindWords[input.kind];
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'praise.recorded',
      summary: {
        'zh-CN': `客户${words['zh-CN']}：${person.display_name}`,
        en: `Customer ${words.en}: ${person.display_name}`,
      },
      refType: PRAISE_ENTITY,
      refId: row!.id,
      at,
    });
    await notify(tx, ctx, {
      userId: person.id,
      event: 'praise.recorded',
      title: {
        'zh-CN': `${customer.name} 对您的${words['zh-CN']}已登记`,
        en: `${customer.name}'s ${words.en} for you was recorded`,
      },
      body: { 'zh-CN': input.description, en: input.description },
      subjectType: PRAISE_ENTITY,
      subjectId: row!.id,
      link: praiseLink(row!.id),
    });
    await emit(tx, ctx, praiseRecorded, {
      praiseId: row!.id,
      title: `${customer.name}: ${input.description.slice(0, 60)}`,
      customerId: customer.id,
      userId: person.id,
      recordedBy: actor.id,
    });
    return row!.id;
  });
  return getPraise(ctx.db, actor, id);
}
