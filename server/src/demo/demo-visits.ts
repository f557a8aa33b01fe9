import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { customers } from '../modules/customers/tables.js';
import { createVisit } from '../modules/visits/create-visit.js';
import { prepareVisit } from '../modules/visits/prepare-visit.js';
import { visits } from '../modules/visits/tables.js';
import type { TVisitCreate } from '../modules/visits/visit-schemas.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { companyToday } from '../platform/deadlines/company-date.js';
import { userIdByUsername } from './load-demo.js';

const HOUR_MS = 3_600_000;

interface DemoVisit {
  rep: string;
  /** Which of the rep's customers (by name order). */
  nth: number;
  purpose: TVisitCreate['purpose'];
  hours: number;
  note: string;
  /** VIS-4: prepared the day before — whom they spoke to, what they take, a gift to pre-approve. */
  prepare?: { contactName: string; itemsToCarry: string; giftNote?: string; expenseFen?: string };
}

const demoVisits: DemoVisit[] = [
  {
    rep: 'rep01',
    nth: 0,
    purpose: 'maintenance',
    hours: 1.5,
    note: '季度回访，了解设备使用情况',
    prepare: { contactName: '采购部负责人', itemsToCarry: '新版产品手册、样品两件' },
  },
  { rep: 'rep01', nth: 1, purpose: 'new_product', hours: 2, note: '介绍新一代产品线' },
  {
    rep: 'rep02',
    nth: 0,
    purpose: 'collect_payment',
    hours: 1,
    note: '对账并催收上月货款',
    prepare: {
      contactName: '财务主管',
      itemsToCarry: '对账单',
      giftNote: '茶叶一盒',
      expenseFen: '30000',
    },
  },
  { rep: 'rep07', nth: 0, purpose: 'market_research', hours: 1, note: '了解华南市场需求变化' },
];

/**
 * VIS-4: today's visits (on the business clock) for a few reps at their own customers — rep01 has
 * one prepared and one planned, rep02 a prepared one whose gift waits for the supervisor's
 * pre-approval, rep07 one planned — so the phone's 今日 and the visit pages have work on them.
 */
export async function loadDemoVisits(db: Db, clock: Clock): Promise<void> {
  const [any] = await db.select({ id: visits.id }).from(visits).limit(1);
  if (any) return;
  const now = clock.now();
  const today = await companyToday(db, now);
  for (const d of demoVisits) {
    const repId = await userIdByUsername(db, d.rep);
    const ctx: Ctx = {
      db,
      clock,
      actor: await loadActor(db, repId),
      requestId: 'demo-load',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    const owned = await db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.ownerId, repId), eq(customers.lifecycle, 'customer')))
      .orderBy(asc(customers.name));
    const customer = owned[d.nth];
    if (!customer) continue;
    const visit = await createVisit(ctx, {
      customerId: customer.id,
      purpose: d.purpose,
      plannedOn: today,
      plannedMinutes: Math.round(d.hours * 60),
      note: d.note,
    });
    if (d.prepare) {
      await prepareVisit(ctx, visit.id, {
        contactName: d.prepare.contactName,
        contactedAt: new Date(now.getTime() - 18 * HOUR_MS).toISOString(),
        itemsToCarry: d.prepare.itemsToCarry,
        expenseFen: d.prepare.expenseFen ?? null,
        giftNote: d.prepare.giftNote ?? null,
        entertainmentNote: null,
      });
    }
  }
}
