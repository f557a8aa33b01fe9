import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { defineJob } from '../../platform/jobs/registry.js';
import { notify } from '../../platform/notifications/notify.js';
import { notifications } from '../../platform/notifications/tables.js';
import { monthCodeOf, previousPeriod } from '../../platform/periods/periods.js';
import { expenseRatios, type RatioSubject } from './ratio.js';

export const RATIO_SUBJECT = 'expense_ratio';

/**
 * EXP-1: for a month, each selling person (or anyone with claims) whose expense ratio is above
 * the ceiling is told, and so is their direct superior — once per person and period (the notice
 * itself is the mark). Returns how many people were over.
 */
export async function tellRatiosOver(ctx: Ctx, month: string): Promise<number> {
  const people = await queryRows<RatioSubject & { superior_id: string | null }>(
    ctx.db,
    sql`select 'user' as type, u.id::text as id, u.display_name as name, u.superior_id::text as superior_id
      from users u where u.status = 'active' and (u.id in ${holdersOfSql('opportunity:write')}
        or exists (select 1 from expense_claims c where c.user_id = u.id))`,
  );
  const rows = await expenseRatios(ctx.db, people, month, ctx.clock.now());
  let over = 0;
  for (const r of rows) {
    if (!r.over) continue;
    over += 1;
    const person = people.find((p) => p.id === r.subject.id)!;
    const key = `${person.id}:${month}`;
    await inTx(ctx, async (tx) => {
      const [told] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.subjectType, RATIO_SUBJECT), eq(notifications.subjectId, key)))
        .limit(1);
      if (told) return;
      const pct = r.ratioPct === null ? '—' : `${r.ratioPct}%`;
      const yuan = (fen: string) => (Number(fen) / 100).toFixed(2);
      const body = {
        'zh-CN': `费用 ${yuan(r.expenseFen)} 元，销售额 ${yuan(r.salesFen)} 元，费用率 ${pct}，上限 ${r.ceilingPct}%`,
        en: `Expense ${yuan(r.expenseFen)}, sales ${yuan(r.salesFen)}, ratio ${pct}, ceiling ${r.ceilingPct}%`,
      };
      for (const userId of [person.id, person.superior_id].filter((x): x is string => !!x)) {
        await notify(tx, ctx, {
          userId,
          event: 'expense.ratioOver',
          title: {
            'zh-CN': `${person.name} ${month} 费用率超过上限`,
            en: `${person.name}: expense ratio of ${month} above the ceiling`,
          },
          body,
          subjectType: RATIO_SUBJECT,
          subjectId: key,
          link: `/expenses/ratio?period=${month}`,
        });
      }
    });
  }
  return over;
}

/** EXP-1: on the 2nd of each month, the month before is checked against the ratio ceiling. */
export const expenseRatioJob = defineJob({
  name: 'expenses.ratioCheck',
  label: { 'zh-CN': '费用率月度检查', en: 'Monthly expense ratio check' },
  summary: { over: { 'zh-CN': '超过上限 {{value}} 人', en: '{{value}} people above the ceiling' } },
  schedule: { cron: '30 6 2 * *' },
  run: async (ctx) => {
    const at = ctx.clock.now();
    const month = previousPeriod(monthCodeOf(localDate(at, await readCompanyTimeZone(ctx.db, at))));
    return `over=${await tellRatiosOver(ctx, month)}`;
  },
});
