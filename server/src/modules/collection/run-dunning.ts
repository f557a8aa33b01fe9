import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { addLocalDays, endOfLocalDay, type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { openDueItem } from '../../platform/deadlines/due-items.js';
import { defineDueItemLink } from '../../platform/deadlines/links.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { readPolicy } from '../../platform/policies/read.js';
import { dueSoonDays } from '../receivables/index.js';
import { dunningDay } from './policies.js';
import { dunningItems, dunningRuns } from './tables.js';

export const DUNNING_KIND = 'dunning';
export const DUNNING_SUBJECT = 'dunning_item';
export const dunningDueItems = defineDueItemLink({
  subjectType: DUNNING_SUBJECT,
  link: (id) => `/dunning?item=${id}`,
});

/** The last day of a date's month. */
function lastDayOfMonth(d: LocalDate): LocalDate {
  const firstOfNext = addLocalDays(`${d.slice(0, 7)}-28`, 4).slice(0, 7);
  return addLocalDays(`${firstOfNext}-01`, -1);
}

/** AR-6: the day of `today`'s month the run is allowed from (`ar.dunningDay`, 0 = the last day). */
export async function dunningWindow(db: DbOrTx, at: Date) {
  const tz = await readPolicy(db, companyTimeZone, at);
  const today = localDate(at, tz);
  const day = await readPolicy(db, dunningDay, at);
  const runFrom = day === 0 ? lastDayOfMonth(today) : `${today.slice(0, 7)}-${String(day).padStart(2, '0')}`;
  return { tz, today, period: today.slice(0, 7), runFrom };
}

interface Candidate {
  instalment_id: string;
  contract_id: string;
  contract_number: string;
  customer_id: string;
  customer_name: string;
  rep_id: string;
  supervisor_id: string | null;
  unit_id: string;
  open_fen: string;
  due_date: string;
  age: number;
}

/**
 * AR-6: finance issues the month's 催款通知单 (once a month, from the policy day on). Every
 * instalment in force still open (confirmed money, AR-4) that is overdue or due within
 * `ar.dueSoonDays` becomes an item: its rep gets a to-do due at the end of today (company time
 * zone) to contact the customer the same day; the rep's direct superior oversees it and is told
 * how many items their reps have. Audited.
 */
export async function runDunning(ctx: Ctx) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const w = await dunningWindow(ctx.db, at);
  if (w.today < w.runFrom)
    throw appError('DUNNING_TOO_EARLY', {
      period: {
        'zh-CN': `本月催款通知单须在 ${w.runFrom} 当天或之后发出`,
        en: `This month's dunning notices go out on or after ${w.runFrom}`,
      },
    });
  const soon = await readPolicy(ctx.db, dueSoonDays, at);
  return inTx(ctx, async (tx) => {
    const [run] = await tx
      .insert(dunningRuns)
      .values({ period: w.period, runOn: w.today, issuedAt: at, issuedBy: actor.id })
      .onConflictDoNothing({ target: dunningRuns.period })
      .returning();
    if (!run) throw appError('DUNNING_ALREADY_RUN');
    const found = await queryRows<Candidate>(
      tx,
      sql`select o.* from (
          select i.id as instalment_id, i.contract_id, k.number as contract_number,
            i.customer_id, c.name as customer_name, i.owner_id as rep_id, u.superior_id as supervisor_id,
            i.unit_id, (i.amount_fen - i.settled_fen)::text as open_fen,
            to_char(i.due_date, 'YYYY-MM-DD') as due_date, (${w.today}::date - i.due_date) as age
          from instalments i
          join contracts k on k.id = i.contract_id
          join customers c on c.id = i.customer_id
          join users u on u.id = i.owner_id
          where i.superseded_at is null and i.settled_fen < i.amount_fen
            and i.due_date <= ${addLocalDays(w.today, soon)}::date) o
        order by o.rep_id, o.due_date, o.instalment_id`,
    );
    const dueAt = endOfLocalDay(w.today, w.tz);
    const perSupervisor = new Map<string, number>();
    for (const f of found) {
      const [item] = await tx
        .insert(dunningItems)
        .values({
          runId: run.id,
          instalmentId: f.instalment_id,
          contractId: f.contract_id,
          customerId: f.customer_id,
          repId: f.rep_id,
          supervisorId: f.supervisor_id,
          unitId: f.unit_id,
          outstandingFen: BigInt(f.open_fen),
          dueDate: f.due_date,
          daysOverdue: Number(f.age),
        })
        .returning({ id: dunningItems.id });
      const age = Number(f.age);
      const when = age > 0 ? `逾期 ${age} 天` : age === 0 ? '今日到期' : `${-age} 天后到期`;
      const whenEn = age > 0 ? `${age} days overdue` : age === 0 ? 'due today' : `due in ${-age} days`;
      const dueItemId = await openDueItem(tx, ctx, {
        kind: DUNNING_KIND,
        title: `催款：${f.customer_name}（${f.contract_number}）未收 ${moneyText(f.open_fen)}，${when} / Collect: ${f.customer_name} (${f.contract_number}) ${moneyText(f.open_fen)} open, ${whenEn}`,
        ownerId: f.rep_id,
        unitId: f.unit_id,
        subjectType: DUNNING_SUBJECT,
        subjectId: item!.id,
        dueAt,
        rule: { rule: 'AR-6', period: w.period, runId: run.id, instalmentId: f.instalment_id },
        // Not contacted by the end of the day: the supervisor hears of it.
        ladder: [{ offsetMinutes: 0, notify: 'superior' }],
      });
      await tx.update(dunningItems).set({ dueItemId }).where(eq(dunningItems.id, item!.id));
      if (f.supervisor_id) perSupervisor.set(f.supervisor_id, (perSupervisor.get(f.supervisor_id) ?? 0) + 1);
    }
    const [done] = await tx
      .update(dunningRuns)
      .set({ itemCount: found.length })
      .where(eq(dunningRuns.id, run.id))
      .returning();
    for (const [supervisorId, n] of perSupervisor) {
      await notify(tx, ctx, {
        userId: supervisorId,
        event: 'dunning.issued',
        title: {
          'zh-CN': `${w.period} 催款通知单已发出：您的下属有 ${n} 笔应收款需今天联系客户`,
          en: `${w.period} dunning notices issued: your reps have ${n} receivables to chase today`,
        },
        subjectType: 'dunning_run',
        subjectId: run.id,
        link: `/dunning?runId=${run.id}`,
      });
    }
    await audit(tx, ctx, {
      entity: 'dunning_run',
      entityId: run.id,
      action: 'dunning.run',
      after: { ...done, items: found.length },
    });
    return done!;
  });
}
