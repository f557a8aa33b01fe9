import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { computeDueAt } from '../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem, type Rung } from '../../platform/deadlines/due-items.js';
import { type DueItemRow, defineDueItemKind, type KindNotice } from '../../platform/deadlines/kinds.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nextLevelAfterHours, resolutionHours, responseHours, superiorAfterHours } from './policies.js';
import { TICKET_ENTITY, type TicketRow, ticketLink } from './scope.js';
import { serviceTickets } from './tables.js';

/** SVC-1: the first response (leaving 新建) and the resolution, each a due item of the ticket. */
export const RESPONSE_KIND = 'service_ticket.response';
export const RESOLUTION_KIND = 'service_ticket.resolution';
type Stage = 'response' | 'resolution';

const ruleOf = (item: Pick<DueItemRow, 'rule'>) =>
  item.rule as { number?: string; customer?: string; hours?: number; stage?: Stage };

async function notice(
  _tx: Tx,
  f: { item: DueItemRow; toOwner: boolean; ownerName: string; rung: Rung },
): Promise<KindNotice | null> {
  const r = ruleOf(f.item);
  const stage =
    r.stage === 'response' ? { 'zh-CN': '响应', en: 'response' } : { 'zh-CN': '解决', en: 'resolution' };
  const late = f.rung.offsetMinutes >= 0;
  const link = ticketLink(f.item.subjectId);
  if (f.toOwner) {
    return {
      link,
      title: late
        ? {
            'zh-CN': `服务工单${stage['zh-CN']}逾期：${r.number}（${r.customer}）`,
            en: `Service ticket ${stage.en} overdue: ${r.number} (${r.customer})`,
          }
        : {
            'zh-CN': `服务工单即将到期：${r.number}（${r.customer}）需${stage['zh-CN']}`,
            en: `Service ticket due soon: ${r.number} (${r.customer}) needs its ${stage.en}`,
          },
    };
  }
  return {
    link,
    title: {
      'zh-CN': `下属服务工单${stage['zh-CN']}逾期：${f.ownerName} 的 ${r.number}（${r.customer}）`,
      en: `Overdue service ticket ${stage.en}: ${r.number} of ${f.ownerName} (${r.customer})`,
    },
  };
}

/** Still due while the ticket has not reached the stage (responded / resolved). */
const stillDue = (stage: Stage) => async (tx: Tx, item: DueItemRow) => {
  const [t] = await tx
    .select({ status: serviceTickets.status })
    .from(serviceTickets)
    .where(eq(serviceTickets.id, item.subjectId));
  if (!t) return false;
  return stage === 'response' ? t.status === 'new' : t.status !== 'resolved' && t.status !== 'closed';
};

export const responseDueKind = defineDueItemKind({
  kind: RESPONSE_KIND,
  label: { 'zh-CN': '服务工单响应', en: 'Service ticket response' },
  link: (id) => ticketLink(id),
  notice,
  stillDue: stillDue('response'),
});
export const resolutionDueKind = defineDueItemKind({
  kind: RESOLUTION_KIND,
  label: { 'zh-CN': '服务工单解决', en: 'Service ticket resolution' },
  link: (id) => ticketLink(id),
  notice,
  stillDue: stillDue('resolution'),
});

/** SVC-1: at the deadline the owner; the superior and the next level up after the policies' hours. */
async function ladder(tx: Tx, at: Date, unitId: string): Promise<Rung[]> {
  const [superior, next] = await Promise.all([
    readPolicy(tx, superiorAfterHours, at, unitId),
    readPolicy(tx, nextLevelAfterHours, at, unitId),
  ]);
  return [
    { offsetMinutes: 0, notify: 'owner' },
    { offsetMinutes: superior * 60, notify: 'superior' },
    { offsetMinutes: Math.max(next, superior) * 60, notify: { levelsUp: 2 } },
  ];
}

/**
 * SVC-1: opens the ticket's due item of a stage, due the type's policy hours for its priority
 * after `from` on the business clock (the policy in force for the owner's unit).
 */
export async function openStageItem(
  tx: Tx,
  ctx: Ctx,
  ticket: TicketRow,
  customerName: string,
  stage: Stage,
  from: Date,
): Promise<void> {
  const at = ctx.clock.now();
  const policy = (stage === 'response' ? responseHours : resolutionHours)[ticket.type];
  const hours = (await readPolicy(tx, policy, at, ticket.unitId))[ticket.priority];
  const tz = await readPolicy(tx, companyTimeZone, at);
  await openDueItem(tx, ctx, {
    kind: stage === 'response' ? RESPONSE_KIND : RESOLUTION_KIND,
    title:
      stage === 'response'
        ? `响应服务工单 ${ticket.number} / Respond to service ticket ${ticket.number}`
        : `解决服务工单 ${ticket.number} / Resolve service ticket ${ticket.number}`,
    ownerId: ticket.ownerId,
    unitId: ticket.unitId,
    subjectType: TICKET_ENTITY,
    subjectId: ticket.id,
    dueAt: computeDueAt({ from, amount: hours, unit: 'hours' }, tz),
    rule: { rule: 'SVC-1', stage, policy: policy.id, hours, number: ticket.number, customer: customerName },
    ladder: await ladder(tx, at, ticket.unitId),
  });
}

export function closeStageItems(tx: Tx, ctx: Ctx, ticketId: string, stage: Stage | null, reason: string) {
  return closeDueItems(tx, ctx, {
    subjectType: TICKET_ENTITY,
    subjectId: ticketId,
    ...(stage ? { kind: stage === 'response' ? RESPONSE_KIND : RESOLUTION_KIND } : {}),
    reason,
  });
}

/**
 * A ticket handed to another owner: its open items move with it (closed for the old owner,
 * opened for the new one with the same due time and ladder), so escalation follows the owner.
 */
export async function moveStageItems(tx: Tx, ctx: Ctx, ticket: TicketRow): Promise<void> {
  const open = await tx
    .select()
    .from(dueItems)
    .where(
      and(
        eq(dueItems.subjectType, TICKET_ENTITY),
        eq(dueItems.subjectId, ticket.id),
        eq(dueItems.status, 'open'),
      ),
    );
  await closeStageItems(tx, ctx, ticket.id, null, 'reassigned');
  for (const item of open) {
    await openDueItem(tx, ctx, {
      kind: item.kind,
      title: item.title,
      ownerId: ticket.ownerId,
      unitId: ticket.unitId,
      subjectType: TICKET_ENTITY,
      subjectId: ticket.id,
      dueAt: item.dueAt,
      rule: item.rule,
      ladder: item.ladder as Rung[],
    });
  }
}
