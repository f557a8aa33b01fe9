import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { endOfLocalDay, type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem } from '../../platform/deadlines/due-items.js';
import { type DueItemRow, defineDueItemKind, type KindNotice } from '../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { monthCodeOf, previousPeriod } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import { mySummaryLink } from './events.js';
import { summaryDueDay } from './policies.js';
import { writerCondition } from './writers.js';

/** OPS-7: "write last month's summary" — one due item per writer and month. */
export const SUMMARY_DUE_KIND = 'month_summary.due';
export const SUMMARY_MONTH_SUBJECT = 'month_summary_period';
const subjectIdOf = (userId: string, month: string) => `${userId}:${month}`;
const monthOf = (item: Pick<DueItemRow, 'rule'>) => String((item.rule as { month?: unknown }).month ?? '');

/** OPS-7: the last day to submit the summary of `month`: supervision.summaryDueDay of the month after. */
export async function summaryDueOn(db: DbOrTx, month: string, unitId: string, at: Date): Promise<LocalDate> {
  const day = await readPolicy(db, summaryDueDay, at, unitId);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-${String(day).padStart(2, '0')}`;
}

async function notice(
  _tx: Tx,
  f: { item: DueItemRow; toOwner: boolean; ownerName: string },
): Promise<KindNotice | null> {
  const month = monthOf(f.item);
  const due = String((f.item.rule as { dueOn?: unknown }).dueOn ?? '');
  if (f.toOwner) {
    return {
      link: mySummaryLink(month),
      title: {
        'zh-CN': `月度总结逾期：${month} 的月度总结应于 ${due} 前提交`,
        en: `Monthly summary overdue: the summary of ${month} was due by ${due}`,
      },
    };
  }
  return {
    link: '/month-summaries',
    title: {
      'zh-CN': `下属月度总结逾期：${f.ownerName} 未提交 ${month} 的月度总结`,
      en: `Overdue monthly summary: ${f.ownerName} has not submitted the summary of ${month}`,
    },
  };
}

/** OPS-7: the supervisor's summary of a month, due by supervision.summaryDueDay; the usual ladder (up the chain). */
export const summaryDueKind = defineDueItemKind({
  kind: SUMMARY_DUE_KIND,
  label: { 'zh-CN': '月度总结', en: 'Monthly summary' },
  link: (_id, rule) => mySummaryLink(String(rule.month ?? '')),
  notice,
  stillDue: async (tx, item) => {
    const rows = await queryRows<{ one: number }>(
      tx,
      sql`select 1 as one from month_summaries where author_id = ${item.ownerId} and month = ${monthOf(item)}
          and status in ('submitted', 'read')`,
    );
    return rows.length === 0;
  },
});

export async function openSummaryDueItem(
  tx: Tx,
  ctx: Ctx,
  writer: { id: string; unitId: string },
  month: string,
) {
  const at = ctx.clock.now();
  const tz = await readPolicy(tx, companyTimeZone, at);
  const dueOn = await summaryDueOn(tx, month, writer.unitId, at);
  await openDueItem(tx, ctx, {
    kind: SUMMARY_DUE_KIND,
    title: `月度总结：${month} / Monthly summary: ${month}`,
    ownerId: writer.id,
    unitId: writer.unitId,
    subjectType: SUMMARY_MONTH_SUBJECT,
    subjectId: subjectIdOf(writer.id, month),
    dueAt: endOfLocalDay(dueOn, tz),
    rule: { rule: 'OPS-7', month, dueOn, policy: summaryDueDay.id },
    ladder: await defaultLadder(tx, at),
  });
}

export function closeSummaryDueItem(tx: Tx, ctx: Ctx, userId: string, month: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: SUMMARY_MONTH_SUBJECT,
    subjectId: subjectIdOf(userId, month),
    kind: SUMMARY_DUE_KIND,
    reason: 'submitted',
  });
}

/**
 * OPS-7: from the 1st of a month, every writer (writers.ts) without a submitted summary of the month
 * before and without its item gets one, due by supervision.summaryDueDay. Running twice changes nothing.
 */
export async function openSummaryDueItems(ctx: Ctx): Promise<{ opened: number; month: string }> {
  const at = ctx.clock.now();
  const tz = await readPolicy(ctx.db, companyTimeZone, at);
  const month = previousPeriod(monthCodeOf(localDate(at, tz)));
  const writers = await queryRows<{ id: string; unit_id: string }>(
    ctx.db,
    sql`select u.id, u.unit_id from users u
        where ${writerCondition(sql`u.id`, sql`u.status`)}
          and not exists (select 1 from due_items d
            where d.kind = ${SUMMARY_DUE_KIND} and d.subject_type = ${SUMMARY_MONTH_SUBJECT}
              and d.subject_id = u.id::text || ':' || ${month})
          and not exists (select 1 from month_summaries s
            where s.author_id = u.id and s.month = ${month} and s.status in ('submitted', 'read'))
        order by u.id`,
  );
  for (const w of writers) {
    await inTx(ctx, (tx) => openSummaryDueItem(tx, ctx, { id: w.id, unitId: w.unit_id }, month));
  }
  return { opened: writers.length, month };
}
