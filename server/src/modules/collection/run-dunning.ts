import { and, eq, isNull, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { addLocalDays, type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { readPolicy } from '../../platform/policies/read.js';
import { dueSoonDays } from '../receivables/index.js';
import { dispatchItems } from './dispatch-dunning.js';
import { dunningDay } from './policies.js';
import { dunningItems, dunningRuns } from './tables.js';

export { DUNNING_KIND, DUNNING_SUBJECT, dunningDueItems } from './dunning-subject.js';

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
 * `ar.dueSoonDays` becomes an item for the rep's direct superior (主管), who is told how many and
 * passes them on to the reps (dispatch-dunning.ts; 待办 lists them); each rep then contacts the
 * customer the same day. A rep with no superior gets theirs at once. Audited.
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
    const perSupervisor = new Map<string, number>();
    for (const f of found) {
      await tx.insert(dunningItems).values({
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
      });
      if (f.supervisor_id) perSupervisor.set(f.supervisor_id, (perSupervisor.get(f.supervisor_id) ?? 0) + 1);
    }
    // A rep with no superior has nobody to pass the notice on: it reaches them at once.
    await dispatchItems(
      tx,
      ctx,
      and(eq(dunningItems.runId, run.id), isNull(dunningItems.supervisorId))!,
      null,
    );
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
          'zh-CN': `${w.period} 催款通知单已发出：您的下属有 ${n} 笔应收款，请分派给各销售代表`,
          en: `${w.period} dunning notices issued: ${n} receivables of your reps to pass on to them`,
        },
        subjectType: 'dunning_run',
        subjectId: run.id,
        link: `/dunning?runId=${run.id}&dispatch=1`,
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
