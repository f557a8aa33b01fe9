import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../platform/org/tables.js';
import { defineTodoSource } from '../../platform/todo/sources.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { dunningItems, dunningRuns } from './tables.js';

/**
 * AR-6 (月末主管接到财务部催款通知单后要及时通知各销售代表): the month's dunning items waiting in
 * the supervisor's 待办 to be passed on to the reps (one click for all, or each one).
 */
export const dunningToDispatch = defineTodoSource({
  key: 'collection.dunningToDispatch',
  label: { 'zh-CN': '待分派的催款通知', en: 'Dunning items to pass on to reps' },
  count(_db, actor) {
    return sql`(select count(*)::int from dunning_items di
      where di.supervisor_id = ${actor.id} and di.dispatched_at is null)`;
  },
  async first(db, actor, _now, limit) {
    const waiting = and(eq(dunningItems.supervisorId, actor.id), isNull(dunningItems.dispatchedAt));
    const rows = await db
      .select({
        id: dunningItems.id,
        period: dunningRuns.period,
        issuedAt: dunningRuns.issuedAt,
        outstandingFen: dunningItems.outstandingFen,
        daysOverdue: dunningItems.daysOverdue,
        repName: users.displayName,
        customerName: customers.name,
        contractNumber: contracts.number,
        /** Counted over the same rows before the limit: one statement. */
        total: sql<number>`(count(*) over ())::int`,
      })
      .from(dunningItems)
      .innerJoin(dunningRuns, eq(dunningRuns.id, dunningItems.runId))
      .innerJoin(users, eq(users.id, dunningItems.repId))
      .innerJoin(customers, eq(customers.id, dunningItems.customerId))
      .innerJoin(contracts, eq(contracts.id, dunningItems.contractId))
      .where(waiting)
      .orderBy(
        asc(dunningRuns.issuedAt),
        asc(users.username),
        asc(dunningItems.dueDate),
        asc(dunningItems.id),
      )
      .limit(limit);
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.map((r) => ({
        id: r.id,
        title: {
          'zh-CN': `分派催款：${r.customerName}（${r.contractNumber}）→ ${r.repName}`,
          en: `Pass on dunning: ${r.customerName} (${r.contractNumber}) → ${r.repName}`,
        },
        subject: r.repName,
        amountFen: r.outstandingFen.toString(),
        // The notice reached the supervisor at the run: passed on the same day.
        dueAt: r.issuedAt,
        overdue: false,
        link: `/dunning?dispatch=1&item=${r.id}`,
        detail: {
          'zh-CN': `${r.period} 催款通知单 · ${r.daysOverdue > 0 ? `逾期 ${r.daysOverdue} 天` : '即将到期'}`,
          en: `${r.period} dunning run · ${r.daysOverdue > 0 ? `${r.daysOverdue} days overdue` : 'due soon'}`,
        },
        action: { kind: 'dunning.dispatch', ids: { itemId: r.id } },
      })),
    };
  },
});
