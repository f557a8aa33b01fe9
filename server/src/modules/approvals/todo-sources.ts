import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { allApprovalFlows, docLink, docTypeLabel } from '../../platform/approvals/flows.js';
import type { Actor } from '../../platform/context.js';
import { defineTodoSource, type TodoRow } from '../../platform/todo/sources.js';

const docId = sql`r.doc_id`;

/** A flow's fact about the document as one SQL text, by document type (null where a flow has none). */
function byDocType(fact: (flow: ReturnType<typeof allApprovalFlows>[number]) => SQL | undefined): SQL {
  const whens = allApprovalFlows().flatMap((f) => {
    const expr = fact(f);
    return expr ? [sql`when ${f.docType} then (${expr})::text`] : [];
  });
  return whens.length ? sql`(case r.doc_type ${sql.join(whens, sql` `)} end)` : sql`null::text`;
}

/** ORG-3: the steps now waiting for this person's decision. */
function waitingFor(actor: Actor): SQL {
  return sql`from approval_steps s
    join approval_requests r on r.id = s.request_id
    join users u on u.id = r.submitter_id
    where s.approver_id = ${actor.id} and s.status = 'pending' and r.status = 'pending'`;
}

interface WaitingRow {
  step_id: string;
  request_id: string;
  doc_type: string;
  doc_id: string;
  title: string;
  amount_fen: string | null;
  seq: number;
  step_count: number;
  submitter: string;
  subject: string | null;
  detail_zh: string | null;
  detail_en: string | null;
  total: number;
}

function toRow(r: WaitingRow): TodoRow {
  const label = docTypeLabel(r.doc_type);
  const more = (text: string | null) => (text ? ` · ${text}` : '');
  return {
    id: r.step_id,
    title: { 'zh-CN': `审批${label['zh-CN']}：${r.title}`, en: `Approve ${label.en}: ${r.title}` },
    subject: r.subject ?? r.submitter,
    amountFen: r.amount_fen,
    dueAt: null,
    overdue: false,
    link: docLink(r.doc_type, r.doc_id),
    detail: {
      'zh-CN': `第 ${r.seq} / ${r.step_count} 步 · 申请人 ${r.submitter}${more(r.detail_zh)}`,
      en: `Step ${r.seq} of ${r.step_count} · from ${r.submitter}${more(r.detail_en)}`,
    },
    action: { kind: 'approve', ids: { requestId: r.request_id, stepId: r.step_id } },
  };
}

async function firstWaiting(db: DbOrTx, actor: Actor, limit: number): Promise<WaitingRow[]> {
  return queryRows<WaitingRow>(
    db,
    sql`select s.id::text as step_id, r.id::text as request_id, r.doc_type, r.doc_id, r.title,
        r.amount_fen::text as amount_fen, s.seq,
        (select count(*)::int from approval_steps x where x.request_id = r.id) as step_count,
        u.display_name as submitter,
        ${byDocType((f) => f.todoFacts?.subject?.(docId))} as subject,
        ${byDocType((f) => f.todoFacts?.detail?.(docId)['zh-CN'])} as detail_zh,
        ${byDocType((f) => f.todoFacts?.detail?.(docId).en)} as detail_en,
        (count(*) over ())::int as total
      ${waitingFor(actor)}
      order by r.submitted_at asc, s.id
      limit ${limit}`,
  );
}

/**
 * ORG-3: approvals waiting for me — the document, for whom, how much, the discount or reason and
 * "第 n / m 步"; approved in place from 待办 (action `approve`). Approvals carry no due time, so
 * the overdue filter leaves them out.
 */
export const approvalsTodo = defineTodoSource({
  key: 'approvals.waiting',
  label: { 'zh-CN': '待我审批', en: 'Waiting for my approval' },
  rank: 10,
  filtersOverdue: true,
  count: (_db, actor) => sql`select count(*) ${waitingFor(actor)}`,
  first: async (db, actor, _now, limit, query) => {
    if (query?.overdueOnly) return { items: [], total: 0 };
    const rows = await firstWaiting(db, actor, limit);
    return { items: rows.map(toRow), total: Number(rows[0]?.total ?? 0) };
  },
});
