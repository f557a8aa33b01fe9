import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import type { SetKey } from './figures.js';
import type { TSetVersion } from './schemas.js';
import { TARGET_SET_DOC } from './scope.js';

type Ref = { id: string; username: string; displayName: string } | null;

const ref = (id: string | null, username: string | null, name: string | null): Ref =>
  id && username && name ? { id, username, displayName: name } : null;

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/**
 * PLAN-2: every version of a unit's split for a year and metric, newest first: who made it, who
 * approved it, when, its status (superseded versions are the history), why it changed, why its
 * gap stood, and its total.
 */
export async function versionsOf(db: DbOrTx, key: SetKey): Promise<TSetVersion[]> {
  const rows = await queryRows<{
    id: string;
    version: number;
    status: TSetVersion['status'];
    method: TSetVersion['splitMethod'];
    author_id: string | null;
    author_username: string | null;
    author_name: string | null;
    approver_id: string | null;
    approver_username: string | null;
    approver_name: string | null;
    created_at: Date | string;
    submitted_at: Date | string | null;
    approved_at: Date | string | null;
    change_reason: string | null;
    gap_reason: string | null;
    total: string;
  }>(
    db,
    sql`select s.id::text as id, s.version, s.status, s.method,
          a.id::text as author_id, a.username as author_username, a.display_name as author_name,
          p.id::text as approver_id, p.username as approver_username, p.display_name as approver_name,
          s.created_at, s.submitted_at, s.approved_at, s.change_reason, s.gap_reason,
          coalesce((select sum(l.value) from target_lines l where l.set_id = s.id and l.period = s.year::text), 0)::text as total
        from target_sets s
        left join users a on a.id = s.created_by
        left join users p on p.id = (
          select st.approver_id from approval_requests ar join approval_steps st on st.request_id = ar.id
          where ar.doc_type = ${TARGET_SET_DOC} and ar.doc_id = s.id::text and ar.status = 'approved'
            and st.status = 'approved'
          order by ar.round desc, st.seq desc limit 1)
        where s.unit_id = ${key.unitId} and s.year = ${key.year} and s.metric = ${key.metric}
          and s.category = ${key.category}
        order by s.version desc`,
  );
  return rows.map((r) => ({
    id: r.id,
    version: Number(r.version),
    status: r.status,
    splitMethod: r.method,
    author: ref(r.author_id, r.author_username, r.author_name),
    approvedBy: ref(r.approver_id, r.approver_username, r.approver_name),
    createdAt: iso(r.created_at)!,
    submittedAt: iso(r.submitted_at),
    approvedAt: iso(r.approved_at),
    changeReason: r.change_reason,
    gapReason: r.gap_reason,
    total: r.total,
  }));
}

/** The version a key is worked on in: the open one (draft, submitted, rejected), else the one in force. */
export function currentOf<V extends { status: string }>(versions: readonly V[]): V | null {
  return (
    versions.find((v) => v.status === 'draft' || v.status === 'submitted' || v.status === 'rejected') ??
    versions.find((v) => v.status === 'approved') ??
    null
  );
}
