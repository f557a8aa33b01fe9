import { sql } from 'drizzle-orm';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { companyPolicySql } from '../../platform/policies/read.js';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { documentManaged } from './scope.js';

/** DOC-2 (借阅签字制): an approved loan waits for the borrower's signature before the document is lent. */
export const signTodo = sqlTodoSource({
  key: 'documents.sign',
  label: { 'zh-CN': '借阅待签字', en: 'Loans to sign for' },
  rank: 72,
  rows: (_db, actor) => sql`
    select b.id::text as id,
      '签字领取档案：' || d.number || '「' || d.title || '」' as title_zh,
      'Sign for the document: ' || d.number || ' "' || d.title || '"' as title_en,
      k.display_name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/documents/borrows/' || b.id as link,
      b.due_on::text || ' 前归还' as detail_zh, 'back by ' || b.due_on::text as detail_en
    from document_borrows b join documents d on d.id = b.document_id join users k on k.id = d.keeper_id
    where b.status = 'approved' and b.borrower_id = ${actor.id}`,
});

/**
 * DOC-4: documents whose retention ended, for their keeper (and the room in scope) to keep longer
 * or dispose of — never deleted without that decision.
 */
export const reviewTodo = sqlTodoSource({
  key: 'documents.review',
  label: { 'zh-CN': '档案保管期满待审查', en: 'Documents due for review' },
  rank: 73,
  rows: (_db, actor, now) => sql`
    select documents.id::text as id,
      '审查到期档案：' || documents.number || '「' || documents.title || '」' as title_zh,
      'Review the expired document: ' || documents.number || ' "' || documents.title || '"' as title_en,
      null::text as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/documents/' || documents.id as link,
      '保管至 ' || documents.retain_until::text as detail_zh, 'kept until ' || documents.retain_until::text as detail_en
    from documents
    where documents.status = 'active' and ${documentManaged(actor)}
      and documents.retain_until < (${nowSql(now)} at time zone (${companyPolicySql(companyTimeZone, now)} #>> '{}'))::date`,
});
