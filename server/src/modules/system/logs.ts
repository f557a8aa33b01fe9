import { and, asc, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { auditLog } from '../../platform/audit/tables.js';
import { iso } from '../../platform/schemas.js';
import { loginLog } from '../../platform/sessions/tables.js';
import type { ZAuditQuery, ZLoginLogQuery } from './schemas.js';

export async function listLoginLog(db: DbOrTx, q: z.output<typeof ZLoginLogQuery>) {
  const where = and(
    q.username ? ilike(loginLog.username, containsPattern(q.username)) : undefined,
    q.result ? eq(loginLog.result, q.result) : undefined,
    q.from ? gte(loginLog.at, new Date(q.from)) : undefined,
    q.to ? lte(loginLog.at, new Date(q.to)) : undefined,
  );
  const order = q.order === 'asc' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(loginLog)
      .where(where)
      .orderBy(order(loginLog.at), order(loginLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(loginLog).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r, at: iso(r.at) })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** PEN-3: browse the audit trail by who, what and when. */
export async function listAudit(db: DbOrTx, q: z.output<typeof ZAuditQuery>) {
  const conditions: (SQL | undefined)[] = [
    q.actor ? ilike(auditLog.actorName, containsPattern(q.actor)) : undefined,
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.action ? ilike(auditLog.action, containsPattern(q.action)) : undefined,
    q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
    q.to ? lte(auditLog.at, new Date(q.to)) : undefined,
  ];
  const where = and(...conditions);
  const order = q.order === 'asc' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(order(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map(({ prevHash: _prev, ...r }) => ({ ...r, at: iso(r.at) })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
