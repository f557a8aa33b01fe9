import { and, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { endOfLocalDay, localDate } from '../../platform/deadlines/calendar.js';
import { openDueItem } from '../../platform/deadlines/due-items.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { readPolicy } from '../../platform/policies/read.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { DUNNING_KIND, DUNNING_SUBJECT } from './dunning-subject.js';
import { dunningAutoDispatchDays } from './policies.js';
import { dunningItems, dunningRuns } from './tables.js';

const DAY_MS = 86_400_000;

/**
 * AR-6: the items pass to their reps — each rep gets a to-do to contact the customer the same
 * day (due at the end of today, company time zone; 销售代表应在接到催款通知的当天及客户取得联系),
 * and is told how many. An item whose outcome is already recorded needs no to-do. `by` is the
 * supervisor, or null when dispatched automatically. One audit row per item. Returns the count.
 */
export async function dispatchItems(tx: Tx, ctx: Ctx, where: SQL, by: string | null): Promise<number> {
  const items = await tx
    .select({
      item: dunningItems,
      customerName: customers.name,
      contractNumber: contracts.number,
    })
    .from(dunningItems)
    .innerJoin(customers, eq(customers.id, dunningItems.customerId))
    .innerJoin(contracts, eq(contracts.id, dunningItems.contractId))
    .where(and(isNull(dunningItems.dispatchedAt), where))
    .orderBy(dunningItems.repId, dunningItems.dueDate, dunningItems.id)
    .for('update', { of: dunningItems });
  if (items.length === 0) return 0;
  const at = ctx.clock.now();
  const tz = await readPolicy(tx, companyTimeZone, at);
  const dueAt = endOfLocalDay(localDate(at, tz), tz);
  const perRep = new Map<string, number>();
  for (const { item, customerName, contractNumber } of items) {
    let dueItemId: string | null = null;
    if (!item.outcome) {
      const age = item.daysOverdue;
      const when = age > 0 ? `逾期 ${age} 天` : age === 0 ? '今日到期' : `${-age} 天后到期`;
      const whenEn = age > 0 ? `${age} days overdue` : age === 0 ? 'due today' : `due in ${-age} days`;
      const open = moneyText(item.outstandingFen);
      dueItemId = await openDueItem(tx, ctx, {
        kind: DUNNING_KIND,
        title: `催款：${customerName}（${contractNumber}）未收 ${open}，${when} / Collect: ${customerName} (${contractNumber}) ${open} open, ${whenEn}`,
        ownerId: item.repId,
        unitId: item.unitId,
        subjectType: DUNNING_SUBJECT,
        subjectId: item.id,
        dueAt,
        rule: { rule: 'AR-6', runId: item.runId, instalmentId: item.instalmentId },
        // Not contacted by the end of the day: the supervisor hears of it.
        ladder: [{ offsetMinutes: 0, notify: 'superior' }],
      });
      perRep.set(item.repId, (perRep.get(item.repId) ?? 0) + 1);
    }
    const [after] = await tx
      .update(dunningItems)
      .set({ dispatchedAt: at, dispatchedBy: by, ...(dueItemId ? { dueItemId } : {}) })
      .where(eq(dunningItems.id, item.id))
      .returning();
    await audit(tx, ctx, {
      entity: 'dunning_item',
      entityId: item.id,
      action: by ? 'dunning.dispatch' : 'dunning.autoDispatch',
      before: { dispatchedAt: null },
      after: { dispatchedAt: after!.dispatchedAt, dispatchedBy: by, dueItemId: after!.dueItemId },
    });
  }
  for (const [repId, n] of perRep) {
    await notify(tx, ctx, {
      userId: repId,
      event: 'dunning.dispatched',
      title: {
        'zh-CN': `催款通知：您有 ${n} 笔应收款需今天联系客户`,
        en: `Dunning notice: ${n} receivables to chase with the customer today`,
      },
      subjectType: DUNNING_SUBJECT,
      subjectId: items.find((i) => i.item.repId === repId)!.item.id,
      link: '/dunning',
    });
  }
  return items.length;
}

/**
 * AR-6: the supervisor passes their reps' items of the month's run on — all that wait (one
 * click), or the ones named. Only items the actor supervises; a named item that is not one of
 * them, or was passed on already, answers 404.
 */
export function dispatchDunning(ctx: Ctx, itemIds: string[] | undefined): Promise<{ dispatched: number }> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const mine = eq(dunningItems.supervisorId, actor.id);
    const where = itemIds?.length ? and(mine, inArray(dunningItems.id, itemIds))! : mine;
    const dispatched = await dispatchItems(tx, ctx, where, actor.id);
    if (itemIds?.length && dispatched !== new Set(itemIds).size) throw appError('NOT_FOUND');
    return { dispatched };
  });
}

/**
 * AR-6: items a supervisor has not passed on within `ar.dunningAutoDispatchDays` of the run go
 * to the reps automatically (run by the daily collection job); each supervisor is told. 0 = never.
 */
export async function autoDispatchDunning(ctx: Ctx): Promise<number> {
  const at = ctx.clock.now();
  const days = await readPolicy(ctx.db, dunningAutoDispatchDays, at);
  if (days === 0) return 0;
  const cutoff = new Date(at.getTime() - days * DAY_MS);
  return inTx(ctx, async (tx) => {
    const waiting = await tx
      .selectDistinct({ supervisorId: dunningItems.supervisorId, runId: dunningItems.runId })
      .from(dunningItems)
      .innerJoin(dunningRuns, eq(dunningRuns.id, dunningItems.runId))
      .where(and(isNull(dunningItems.dispatchedAt), lte(dunningRuns.issuedAt, cutoff)));
    const late = sql`${dunningItems.runId} in (select id from dunning_runs where issued_at <= ${cutoff.toISOString()})`;
    const n = await dispatchItems(tx, ctx, late, null);
    for (const { supervisorId, runId } of waiting) {
      if (!supervisorId) continue;
      await notify(tx, ctx, {
        userId: supervisorId,
        event: 'dunning.autoDispatched',
        title: {
          'zh-CN': `催款事项超过 ${days} 天未分派，已自动分派给各销售代表`,
          en: `Dunning items not dispatched within ${days} days went to the reps automatically`,
        },
        subjectType: 'dunning_run',
        subjectId: runId,
        link: '/dunning',
      });
    }
    return n;
  });
}
