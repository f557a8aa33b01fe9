import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage, newestFirst } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isUuid } from '../../platform/schemas.js';
import { contractRefs } from '../contracts/index.js';
import type {
  TSeal,
  TSealLog,
  TSealLogEntry,
  TSealRequest,
  TSealViolation,
  TSealViolationPage,
  ZSealRequestQuery,
  ZSealViolationQuery,
} from './schemas.js';
import { sealRequestScope } from './scope.js';
import { sealLog, sealRequests, seals, sealViolations } from './tables.js';

const ref = (r: { id: string; username: string; displayName: string }) => ({
  id: r.id,
  username: r.username,
  displayName: r.displayName,
});
const unknownUser = (id: string) => ({ id, username: '?', displayName: '?' });

/** Q2C-9: the seal register with custodians and, for seals out of custody, who has them. */
export async function listSeals(db: DbOrTx, ids?: string[]): Promise<TSeal[]> {
  const rows = await db
    .select()
    .from(seals)
    .where(ids ? inArray(seals.id, ids) : undefined)
    .orderBy(asc(seals.name), asc(seals.id));
  const out = rows.filter((s) => s.status === 'checked_out').map((s) => s.id);
  const lastOut = new Map<string, { userId: string; at: Date }>();
  if (out.length > 0) {
    const logs = await db
      .select({ sealId: sealLog.sealId, userId: sealLog.userId, at: sealLog.at })
      .from(sealLog)
      .where(and(inArray(sealLog.sealId, out), eq(sealLog.action, 'check_out')))
      .orderBy(desc(sealLog.at));
    for (const l of logs) if (!lastOut.has(l.sealId)) lastOut.set(l.sealId, l);
  }
  const people = await userRefs(db, [
    ...rows.map((r) => r.custodianId),
    ...[...lastOut.values()].map((l) => l.userId),
  ]);
  return rows.map((s) => {
    const holder = lastOut.get(s.id);
    return {
      id: s.id,
      name: s.name,
      kind: s.kind,
      custodian: people.get(s.custodianId) ?? unknownUser(s.custodianId),
      status: s.status,
      remark: s.remark,
      holder: holder ? (people.get(holder.userId) ?? unknownUser(holder.userId)) : null,
      outSince: holder ? iso(holder.at) : null,
      createdAt: iso(s.createdAt),
    };
  });
}

export async function getSeal(db: DbOrTx, id: string): Promise<TSeal> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [seal] = await listSeals(db, [id]);
  if (!seal) throw appError('NOT_FOUND');
  return seal;
}

const requester = alias(users, 'requester');

function selectRequests(db: DbOrTx) {
  return db
    .select({ r: sealRequests, sealName: seals.name, u: requester, unitName: units.name })
    .from(sealRequests)
    .innerJoin(seals, eq(seals.id, sealRequests.sealId))
    .innerJoin(requester, eq(requester.id, sealRequests.requesterId))
    .innerJoin(units, eq(units.id, sealRequests.unitId));
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['where']>>[number];

async function toRequests(db: DbOrTx, actor: Actor, rows: RequestRow[]): Promise<TSealRequest[]> {
  const contracts = await contractRefs(
    db,
    actor,
    rows.map((x) => x.r.contractId).filter((id): id is string => !!id),
  );
  return rows.map(({ r, sealName, u, unitName }) => {
    const c = r.contractId ? contracts.get(r.contractId) : undefined;
    return {
      id: r.id,
      seal: { id: r.sealId, name: sealName },
      contract: c ? { id: c.id, number: c.number } : null,
      purpose: r.purpose,
      requester: ref(u),
      unit: { id: r.unitId, name: unitName },
      status: r.status,
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
      canSubmit: r.requesterId === actor.id && (r.status === 'draft' || r.status === 'rejected'),
    };
  });
}

/** Q2C-9: seal use requests the actor may see, newest first. */
export function listSealRequests(db: DbOrTx, actor: Actor, q: z.output<typeof ZSealRequestQuery>) {
  return listPage({
    db,
    rows: selectRequests(db).$dynamic(),
    count: db.select().from(sealRequests).$dynamic(),
    scope: sealRequestScope(actor),
    filters: [
      q.whose === 'mine' ? eq(sealRequests.requesterId, actor.id) : undefined,
      q.status ? eq(sealRequests.status, q.status) : undefined,
      q.sealId ? eq(sealRequests.sealId, q.sealId) : undefined,
      q.userId ? eq(sealRequests.requesterId, q.userId) : undefined,
    ],
    sort: newestFirst(sealRequests.createdAt, sealRequests.id),
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) => toRequests(db, actor, rows),
  });
}

/** One request the actor may see (404 otherwise). */
export async function getSealRequest(db: DbOrTx, actor: Actor, id: string): Promise<TSealRequest> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await selectRequests(db).where(and(eq(sealRequests.id, id), sealRequestScope(actor)));
  const [item] = await toRequests(db, actor, rows);
  if (!item) throw appError('NOT_FOUND');
  return item;
}

type LogRow = typeof sealLog.$inferSelect;

export async function toLogEntries(db: DbOrTx, rows: LogRow[]): Promise<TSealLogEntry[]> {
  const people = await userRefs(
    db,
    rows.flatMap((r) => [r.userId, r.actorId]),
  );
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    user: people.get(r.userId) ?? unknownUser(r.userId),
    requestId: r.requestId,
    violation: r.violation,
    note: r.note,
    at: iso(r.at),
    actor: r.actorId ? (people.get(r.actorId) ?? null) : null,
  }));
}

/** Q2C-9: the custody log of a seal, newest first. */
export async function sealCustodyLog(db: DbOrTx, sealId: string): Promise<TSealLog> {
  await getSeal(db, sealId);
  const rows = await db
    .select()
    .from(sealLog)
    .where(eq(sealLog.sealId, sealId))
    .orderBy(desc(sealLog.at), desc(sealLog.id));
  return { items: await toLogEntries(db, rows) };
}

function selectViolations(db: DbOrTx) {
  return db
    .select({ v: sealViolations, sealName: seals.name })
    .from(sealViolations)
    .innerJoin(seals, eq(seals.id, sealViolations.sealId));
}

type ViolationRow = Awaited<ReturnType<ReturnType<typeof selectViolations>['where']>>[number];

async function toViolations(db: DbOrTx, rows: ViolationRow[]): Promise<TSealViolation[]> {
  const people = await userRefs(
    db,
    rows.flatMap(({ v }) => [v.userId, v.actorId]),
  );
  return rows.map(({ v, sealName }) => ({
    id: v.id,
    seal: { id: v.sealId, name: sealName },
    user: people.get(v.userId) ?? unknownUser(v.userId),
    description: v.description,
    harm: v.harm,
    harmNote: v.harmNote,
    at: iso(v.at),
    actor: v.actorId ? (people.get(v.actorId) ?? null) : null,
  }));
}

/** One violation (seal:read reads the whole register). */
export async function getSealViolation(db: DbOrTx, id: string): Promise<TSealViolation> {
  const [item] = await toViolations(db, await selectViolations(db).where(eq(sealViolations.id, id)));
  if (!item) throw appError('NOT_FOUND');
  return item;
}

/** Q2C-9/PEN-2: seals taken without approval, newest first (their fines are in the violations register). */
export function listSealViolations(
  db: DbOrTx,
  q: z.output<typeof ZSealViolationQuery>,
): Promise<TSealViolationPage> {
  return listPage({
    db,
    rows: selectViolations(db).$dynamic(),
    count: db.select().from(sealViolations).$dynamic(),
    // seal:violations (the route's permission) reads the whole register.
    scope: undefined,
    filters: [q.userId ? eq(sealViolations.userId, q.userId) : undefined],
    sort: newestFirst(sealViolations.at, sealViolations.id),
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) => toViolations(db, rows),
  });
}
