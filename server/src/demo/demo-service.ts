import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { customers } from '../modules/customers/index.js';
import { loadModules } from '../modules/index.js';
import { changeTicketStatus, openTicket } from '../modules/service/index.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { userIdByUsername } from './load-demo.js';

async function as(db: Db, clock: Clock, username: string): Promise<Ctx> {
  return {
    db,
    clock,
    actor: await loadActor(db, await userIdByUsername(db, username)),
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
}

/**
 * SVC-1/CUS-5: three service tickets — a south rep opens an installation ticket for a customer of
 * rep01's (rep01 is told and has it in 待办), rep01 works a repair, and a question resolved.
 */
export async function loadDemoService(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const rep01 = await as(db, clock, 'rep01');
  const own = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.ownerId, rep01.actor!.id), isNotNull(customers.ownerId)))
    .orderBy(asc(customers.name))
    .limit(2);
  const [first, second] = own;
  if (!first) return;
  await openTicket(await as(db, clock, 'rep07'), {
    type: 'installation',
    priority: 'normal',
    customerId: first.id,
    title: '客户来电：新购设备需要上门安装调试',
    description: '客户华南分厂新到两台设备，希望本周内安装。',
  });
  const repair = await openTicket(rep01, {
    type: 'repair',
    priority: 'high',
    customerId: first.id,
    title: '设备运行异响',
    description: '客户反映设备运行时有异响，需上门检查。',
  });
  await changeTicketStatus(rep01, repair.id, { status: 'in_progress', note: '已约周三上门', minutes: 15 });
  const question = await openTicket(rep01, {
    type: 'question',
    priority: 'low',
    customerId: (second ?? first).id,
    title: '咨询保养周期',
  });
  await changeTicketStatus(rep01, question.id, {
    status: 'resolved',
    resolution: '电话说明：每运行 2000 小时保养一次，已发送保养手册。',
    minutes: 10,
  });
}
