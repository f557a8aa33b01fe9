import { eq, getTableColumns, gte, ilike, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { auditLog } from '../../platform/audit/tables.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { iso } from '../../platform/schemas.js';
import { loginLog } from '../../platform/sessions/tables.js';
import type { ZAuditQuery, ZLoginLogQuery } from './schemas.js';

/** The sign-in log (system administrators, the route's permission: no data scope). */
export function listLoginLog(db: DbOrTx, q: z.output<typeof ZLoginLogQuery>) {
  return listPage({
    db,
    rows: db.select().from(loginLog).$dynamic(),
    count: db.select().from(loginLog).$dynamic(),
    scope: undefined,
    filters: [
      q.username ? ilike(loginLog.username, containsPattern(q.username)) : undefined,
      q.result ? eq(loginLog.result, q.result) : undefined,
      q.from ? gte(loginLog.at, new Date(q.from)) : undefined,
      q.to ? lte(loginLog.at, new Date(q.to)) : undefined,
    ],
    sort: { keys: { at: loginLog.at }, default: 'at', tieBreaker: loginLog.id },
    query: { page: q.page, pageSize: q.pageSize, order: q.order },
    toItems: (rows) => rows.map((r) => ({ ...r, at: iso(r.at) })),
  });
}

/**
 * PEN-3: browse the audit trail by who, what and when (audit:read, the route's permission: no
 * data scope); by page number up to 10,000 rows, then by cursor.
 */
export async function listAudit(db: DbOrTx, q: z.output<typeof ZAuditQuery>) {
  const page = await listPage({
    db,
    rows: (cursor) =>
      db
        .select({ ...getTableColumns(auditLog), cursor })
        .from(auditLog)
        .$dynamic(),
    count: db.select().from(auditLog).$dynamic(),
    scope: undefined,
    filters: [
      q.actor ? ilike(auditLog.actorName, containsPattern(q.actor)) : undefined,
      q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
      q.entity ? eq(auditLog.entity, q.entity) : undefined,
      q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
      q.action ? eq(auditLog.action, q.action) : undefined,
      q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
      q.to ? lte(auditLog.at, new Date(q.to)) : undefined,
    ],
    // The id is the order of writing.
    sort: { keys: { written: [] }, default: 'written', tieBreaker: auditLog.id },
    query: { page: q.page, pageSize: q.pageSize, order: q.order, cursor: q.cursor },
    toItems: (rows) => rows.map(({ prevHash: _prev, cursor: _cursor, ...r }) => ({ ...r, at: iso(r.at) })),
  });
  return { ...page, items: await withPeople(db, page.items) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id-shaped string in a before/after snapshot (top level and one level down). */
function idsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return UUID.test(value) ? [value] : [];
  if (!value || typeof value !== 'object' || depth > 1) return [];
  return Object.values(value).flatMap((v) => idsIn(v, depth + 1));
}

/**
 * PEN-3: the audit page names people, not ids: the writer and anyone a change names, found
 * for the whole page in one query.
 */
async function withPeople<
  T extends { actorId: string | null; entityId: string; before: unknown; after: unknown },
>(db: DbOrTx, items: T[]) {
  const named = (i: T) => [...idsIn(i.entityId), ...idsIn(i.before), ...idsIn(i.after)];
  const refs = await userRefs(
    db,
    items.flatMap((i) => [i.actorId, ...named(i)]),
  );
  return items.map((item) => {
    const people: Record<string, string> = {};
    for (const id of named(item)) {
      const ref = refs.get(id);
      if (ref) people[id] = ref.displayName;
    }
    return { ...item, actor: item.actorId ? (refs.get(item.actorId) ?? null) : null, people };
  });
}
