import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TDaySummary, TDaySummaryRow, ZDaySummaryQuery } from './schemas.js';
import { summaryScope } from './scope.js';
import { daySummaries } from './tables.js';

type Row = typeof daySummaries.$inferSelect & { unitName: string };
const unknownUser = (id: string) => ({ id, username: '?', displayName: '?' });

function selectSummaries(db: DbOrTx) {
  return db
    .select({ s: daySummaries, unitName: units.name })
    .from(daySummaries)
    .innerJoin(units, eq(units.id, daySummaries.unitId));
}

async function toSummaries(db: DbOrTx, actor: Actor, rows: Row[]): Promise<TDaySummary[]> {
  const people = await userRefs(db, [
    ...rows.flatMap((r) => [r.assistantId, r.sentBy]),
    ...rows.flatMap((r) => r.recipientIds),
  ]);
  return rows.map((r) => ({
    id: r.id,
    unit: { id: r.unitId, name: r.unitName },
    day: r.day,
    assistant: people.get(r.assistantId) ?? unknownUser(r.assistantId),
    status: r.status,
    orders: r.content.orders.map((o) => ({
      ...o,
      status: o.status as TDaySummary['orders'][number]['status'],
    })),
    logs: r.content.logs,
    remarks: r.remarks,
    assembledAt: iso(r.assembledAt),
    sendBy: iso(r.sendBy),
    sentAt: isoOrNull(r.sentAt),
    sentBy: r.sentBy ? (people.get(r.sentBy) ?? unknownUser(r.sentBy)) : null,
    recipients: r.recipientIds.map((id) => people.get(id) ?? unknownUser(id)),
    canSend:
      r.status === 'assembled' && r.assistantId === actor.id && !!actor.permissions['day_summary:send'],
  }));
}

/** OPS-3: one summary the actor may read (404 otherwise). */
export async function getDaySummary(db: DbOrTx, actor: Actor, id: string): Promise<TDaySummary> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await selectSummaries(db).where(and(eq(daySummaries.id, id), summaryScope(actor)));
  const [item] = await toSummaries(
    db,
    actor,
    rows.map(({ s, unitName }) => ({ ...s, unitName })),
  );
  if (!item) throw appError('NOT_FOUND');
  return item;
}

/** OPS-3: the assistant's summaries still to send, and the latest sent one, newest first. */
export async function myDaySummaries(db: DbOrTx, actor: Actor): Promise<{ items: TDaySummary[] }> {
  const rows = await selectSummaries(db)
    .where(and(eq(daySummaries.assistantId, actor.id), summaryScope(actor, 'day_summary:send')))
    .orderBy(desc(daySummaries.day))
    .limit(5);
  const open = rows.filter((r) => r.s.status === 'assembled');
  const shown = open.length > 0 ? open : rows.slice(0, 1);
  return {
    items: await toSummaries(
      db,
      actor,
      shown.map(({ s, unitName }) => ({ ...s, unitName })),
    ),
  };
}

const orderCount = sql<number>`jsonb_array_length(${daySummaries.content} -> 'orders')::int`;
const missingLogs = sql<number>`(select count(*)::int from jsonb_array_elements(${daySummaries.content} -> 'logs') l
  where (l ->> 'missing')::boolean)`;

/** OPS-3: the archive of summaries the actor may read, by day and unit. */
export function listDaySummaries(db: DbOrTx, actor: Actor, q: z.output<typeof ZDaySummaryQuery>) {
  return listPage({
    db,
    rows: db
      .select({ s: daySummaries, unitName: units.name, orderCount, missingLogs })
      .from(daySummaries)
      .innerJoin(units, eq(units.id, daySummaries.unitId))
      .$dynamic(),
    count: db.select().from(daySummaries).$dynamic(),
    scope: summaryScope(actor),
    filters: [
      q.from ? gte(daySummaries.day, q.from) : undefined,
      q.to ? lte(daySummaries.day, q.to) : undefined,
      q.unitId ? eq(daySummaries.unitId, q.unitId) : undefined,
      q.status ? eq(daySummaries.status, q.status) : undefined,
    ],
    sort: {
      keys: { day: daySummaries.day, sentAt: { nullsLast: daySummaries.sentAt } },
      default: 'day',
      order: 'desc',
      tieBreaker: daySummaries.id,
    },
    query: q,
    toItems: async (rows): Promise<TDaySummaryRow[]> => {
      const people = await userRefs(
        db,
        rows.map((r) => r.s.assistantId),
      );
      return rows.map(({ s, unitName, orderCount: orders, missingLogs: missing }) => ({
        id: s.id,
        unit: { id: s.unitId, name: unitName },
        day: s.day,
        assistant: people.get(s.assistantId) ?? unknownUser(s.assistantId),
        status: s.status,
        orderCount: Number(orders),
        missingLogs: Number(missing),
        sendBy: iso(s.sendBy),
        sentAt: isoOrNull(s.sentAt),
      }));
    },
  });
}
