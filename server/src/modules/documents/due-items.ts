import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Ctx } from '../../platform/context.js';
import { endOfLocalDay } from '../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem, type Rung } from '../../platform/deadlines/due-items.js';
import { deadlineEvents } from '../../platform/deadlines/escalate.js';
import { type DueItemRow, defineDueItemKind, type KindNotice } from '../../platform/deadlines/kinds.js';
import { readPolicy } from '../../platform/policies/read.js';
import { borrowLink } from './flow.js';
import { borrowEscalateDays } from './policies.js';
import { BORROW_ENTITY, type BorrowRow } from './scope.js';

/** DOC-2: "return the borrowed document" — one due item per signed loan, until the keeper records the return. */
export const BORROW_DUE_KIND = 'document.borrowReturn';
const MINUTES_PER_DAY = 24 * 60;

const factsOf = (item: Pick<DueItemRow, 'rule'>) =>
  item.rule as { number?: string; title?: string; dueOn?: string };

async function notice(
  _tx: Tx,
  f: { item: DueItemRow; rung: Rung; ownerName: string },
): Promise<KindNotice | null> {
  const { number = '', title = '', dueOn = '' } = factsOf(f.item);
  if (f.rung.key === 'superior') {
    return {
      link: borrowLink(f.item.subjectId),
      title: {
        'zh-CN': `下属借阅档案逾期未还：${f.ownerName} 借阅的 ${number}「${title}」应于 ${dueOn} 归还`,
        en: `Overdue loan in your team: ${f.ownerName} was to return ${number} "${title}" by ${dueOn}`,
      },
    };
  }
  return {
    link: borrowLink(f.item.subjectId),
    title: {
      'zh-CN': `借阅档案已逾期：${number}「${title}」应于 ${dueOn} 归还，请尽快交还档案管理员`,
      en: `Loan overdue: ${number} "${title}" was due back on ${dueOn}; return it to the keeper`,
    },
  };
}

/** DOC-2: a signed loan's return; an overdue one goes to the borrower, then up to their superior. */
export const borrowDueKind = defineDueItemKind({
  kind: BORROW_DUE_KIND,
  label: { 'zh-CN': '借阅档案归还', en: 'Return a borrowed document' },
  link: (id) => borrowLink(id),
  notice,
  stillDue: async (tx, item) => {
    const rows = await queryRows<{ one: number }>(
      tx,
      sql`select 1 as one from document_borrows where id = ${item.subjectId}::uuid and status = 'lent'`,
    );
    return rows.length > 0;
  },
});

/** Opens the loan's return item, due at the end of its due day (company calendar). */
export async function openBorrowDueItem(
  tx: Tx,
  ctx: Ctx,
  loan: BorrowRow,
  doc: { number: string; title: string },
): Promise<void> {
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(tx, at);
  const days = await readPolicy(tx, borrowEscalateDays, at, loan.borrowerUnitId);
  await openDueItem(tx, ctx, {
    kind: BORROW_DUE_KIND,
    title: `归还档案：${doc.number} / Return ${doc.number}`,
    ownerId: loan.borrowerId,
    unitId: loan.borrowerUnitId,
    subjectType: BORROW_ENTITY,
    subjectId: loan.id,
    dueAt: endOfLocalDay(loan.dueOn, tz),
    rule: { rule: 'DOC-2', dueOn: loan.dueOn, number: doc.number, title: doc.title },
    ladder: [
      { offsetMinutes: 0, notify: 'owner', key: 'overdue' },
      {
        offsetMinutes: days * MINUTES_PER_DAY,
        notify: 'superior',
        event: deadlineEvents.escalated,
        key: 'superior',
      },
    ],
  });
}

export function closeBorrowDueItem(tx: Tx, ctx: Ctx, loanId: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: BORROW_ENTITY,
    subjectId: loanId,
    kind: BORROW_DUE_KIND,
    reason: 'returned',
  });
}
