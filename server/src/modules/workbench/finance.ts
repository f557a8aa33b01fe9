import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition, scopeKey } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { agingBuckets } from './aging.js';
import { cachedFigures } from './cache.js';
import { type WorkbenchDay, workbenchDay } from './day.js';
import { links } from './links.js';
import type { TWorkbenchFinance, TWorkbenchQuery } from './schemas.js';

type Figures = Omit<TWorkbenchFinance, 'asOf'>;

/**
 * OPS-5 for finance, from the payments in the reader's payment:read scope (AR-4): what waits for
 * confirmation (count, amount, the oldest), the money confirmed as received today and this month
 * (reversals count, negative, on their own day, as in the indicators); and the aging of the
 * receivables in the reader's receivable:read scope by bucket (AR-9).
 */
async function financeFigures(db: DbOrTx, actor: Actor, day: WorkbenchDay): Promise<Figures> {
  const inScope = scopeCondition(actor, 'payment:read', { owner: sql`p.owner_id`, unit: sql`p.unit_id` });
  const [[row], aging] = await Promise.all([
    queryRows<{
      pending_n: number;
      pending_fen: string;
      pending_oldest: string | null;
      today_n: number;
      today_fen: string;
      month_n: number;
      month_fen: string;
    }>(
      db,
      sql`select
          count(*) filter (where p.status = 'pending')::int as pending_n,
          coalesce(sum(p.amount_fen) filter (where p.status = 'pending'), 0)::text as pending_fen,
          (min(p.received_on) filter (where p.status = 'pending'))::text as pending_oldest,
          count(*) filter (where p.status = 'confirmed' and p.received_on = ${day.today}::date)::int as today_n,
          coalesce(sum(p.amount_fen) filter (where p.status = 'confirmed' and p.received_on = ${day.today}::date), 0)::text as today_fen,
          count(*) filter (where p.status = 'confirmed' and p.received_on >= ${day.monthFrom}::date)::int as month_n,
          coalesce(sum(p.amount_fen) filter (where p.status = 'confirmed' and p.received_on >= ${day.monthFrom}::date), 0)::text as month_fen
        from payments p
        where ${inScope} and (p.status = 'pending'
          or (p.status = 'confirmed' and p.received_on >= ${day.monthFrom}::date and p.received_on <= ${day.today}::date))`,
    ),
    actor.permissions['receivable:read'] ? agingBuckets(db, actor, day.at, null) : null,
  ]);
  return {
    today: day.today,
    month: day.month,
    pending: {
      count: Number(row?.pending_n ?? 0),
      amountFen: row?.pending_fen ?? '0',
      oldestReceivedOn: row?.pending_oldest ?? null,
      link: links.pendingPayments(),
    },
    collectedToday: {
      count: Number(row?.today_n ?? 0),
      amountFen: row?.today_fen ?? '0',
      link: links.confirmedPayments(day.today, day.today),
    },
    collectedMonth: {
      count: Number(row?.month_n ?? 0),
      amountFen: row?.month_fen ?? '0',
      link: links.confirmedPayments(day.monthFrom, day.today),
    },
    aging,
  };
}

/** OPS-5: finance's 工作台 (payment:confirm, checked by the route). */
export async function workbenchFinance(ctx: Ctx, q: TWorkbenchQuery): Promise<TWorkbenchFinance> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const day = await workbenchDay(ctx.db, at);
  const key = [
    'finance',
    day.today,
    scopeKey(actor, 'payment:read'),
    scopeKey(actor, 'receivable:read'),
  ].join('|');
  const figures = await cachedFigures(ctx.db, key, at, q.fresh === true, () =>
    financeFigures(ctx.db, actor, day),
  );
  return { ...figures.value, asOf: figures.asOf.toISOString() };
}
