import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { customers } from '../modules/customers/tables.js';
import { createOpportunity } from '../modules/opportunities/create-opportunity.js';
import { moveOpportunityStage } from '../modules/opportunities/move-opportunity-stage.js';
import type { Stage } from '../modules/opportunities/stages.js';
import { opportunities } from '../modules/opportunities/tables.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { users } from '../platform/org/tables.js';

const owners = ['rep01', 'rep02', 'rep03', 'rep04'];
const DAY_MS = 24 * 3_600_000;

/** Opportunities across the pipeline: the stages each one has moved through after lead. */
const samples: { name: string; amountFen: string; moves: Stage[]; lostReason?: string }[] = [
  { name: '年度耗材集中采购', amountFen: '12800000', moves: [] },
  { name: '新厂房设备升级', amountFen: '45600000', moves: ['needs'] },
  { name: '仓储系统改造', amountFen: '23000000', moves: ['needs', 'solution'] },
  { name: '区域框架供货协议', amountFen: '88000000', moves: ['needs', 'solution', 'negotiation'] },
  { name: '备品备件长期供货', amountFen: '6500000', moves: ['needs', 'solution', 'negotiation', 'won'] },
  {
    name: '办公楼配套项目',
    amountFen: '15000000',
    moves: ['needs', 'lost'],
    lostReason: '客户预算削减，项目暂停',
  },
];

/**
 * Demo pipeline: a few opportunities for the customers of rep01–rep04 (the demo customers must
 * exist already), spread over every stage, written through the same use cases as the UI so
 * history, timeline and audit are there too. The opportunities start some weeks back and move
 * a week at a time. Does nothing without such customers or when opportunities exist already.
 */
export async function loadDemoOpportunities(db: Db, clock: Clock): Promise<void> {
  const [any] = await db.select({ id: opportunities.id }).from(opportunities).limit(1);
  if (any) return;
  const rows = await db
    .select({ id: customers.id, ownerId: customers.ownerId, username: users.username })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.ownerId))
    .where(inArray(users.username, owners))
    .orderBy(asc(users.username), asc(customers.createdAt), asc(customers.id));
  let next = 0;
  for (const username of owners) {
    const theirs = rows.filter((r) => r.username === username).slice(0, 3);
    if (theirs.length === 0) continue;
    const actor = await loadActor(db, theirs[0]!.ownerId!);
    if (!actor) continue;
    for (let i = 0; i < 3; i++) {
      const sample = samples[next++ % samples.length]!;
      const customer = theirs[i % theirs.length]!;
      // A clock of this opportunity's own: created some weeks ago, one move a week.
      let at = clock.now().getTime() - (sample.moves.length + 1) * 7 * DAY_MS;
      const ctx: Ctx = {
        db,
        clock: { now: () => new Date(at) },
        actor,
        requestId: 'demo-load',
        ip: null,
        userAgent: null,
        lang: 'zh-CN',
      };
      const expected = new Date(clock.now().getTime() + (i + 1) * 30 * DAY_MS).toISOString().slice(0, 10);
      const created = await createOpportunity(ctx, {
        customerId: customer.id,
        name: sample.name,
        amountFen: sample.amountFen,
        expectedCloseDate: expected,
        stage: 'lead',
        remark: null,
        ownerId: null,
      });
      for (const stage of sample.moves) {
        at += 7 * DAY_MS;
        await moveOpportunityStage(ctx, created.id, {
          stage,
          lostReason: stage === 'lost' ? (sample.lostReason ?? null) : null,
        });
      }
    }
  }
}
