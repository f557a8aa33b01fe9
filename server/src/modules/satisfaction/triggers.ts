import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { on } from '../../platform/events/domain-events.js';
import { defineJob } from '../../platform/jobs/registry.js';
import { readPolicy } from '../../platform/policies/read.js';
import { orderAccepted } from '../orders/index.js';
import { serviceTicketResolved } from '../service/index.js';
import { surveyAfterDelivery, surveyAfterTicket, surveyEveryMonths } from './policies.js';
import { sendSurvey } from './send-survey.js';

/**
 * SVC-2: a resolved service ticket sends its customer a survey about the ticket's owner
 * (satisfaction.afterTicket), once per ticket.
 */
export const surveyOnTicketResolved = on(serviceTicketResolved, async (tx, ctx, t) => {
  if (!(await readPolicy(tx, surveyAfterTicket, ctx.clock.now()))) return;
  await sendSurvey(tx, ctx, {
    customerId: t.customerId,
    repId: t.ownerId,
    source: 'ticket',
    sourceRef: t.ticketId,
  });
});

/**
 * SVC-2: an accepted delivery sends the customer a survey about the order's rep
 * (satisfaction.afterDelivery), once per order.
 */
export const surveyOnOrderAccepted = on(orderAccepted, async (tx, ctx, o) => {
  if (!(await readPolicy(tx, surveyAfterDelivery, ctx.clock.now()))) return;
  await sendSurvey(tx, ctx, {
    customerId: o.customerId,
    repId: o.ownerId,
    source: 'delivery',
    sourceRef: o.orderId,
  });
});

/**
 * SVC-2: every satisfaction.everyMonths months (0: off) each customer with an owner who had no
 * survey in that time is sent one about the owner; one per customer and month (the
 * source record is `<customer>:<YYYY-MM>`), each in its own transaction.
 */
export async function sendScheduledSurveys(ctx: Ctx): Promise<{ sent: number }> {
  const at = ctx.clock.now();
  const months = await readPolicy(ctx.db, surveyEveryMonths, at);
  if (months === 0) return { sent: 0 };
  const due = await queryRows<{ id: string; owner_id: string }>(
    ctx.db,
    sql`select c.id, c.owner_id from customers c
        where c.owner_id is not null and c.lifecycle = 'customer'
          and not exists (select 1 from satisfaction_surveys v where v.customer_id = c.id
            and v.sent_at > ${at.toISOString()}::timestamptz - make_interval(months => ${months}::int))
        order by c.id limit 500`,
  );
  const month = at.toISOString().slice(0, 7);
  let sent = 0;
  for (const c of due) {
    const out = await inTx(ctx, (tx) =>
      sendSurvey(tx, ctx, {
        customerId: c.id,
        repId: c.owner_id,
        source: 'schedule',
        sourceRef: `${c.id}:${month}`,
      }),
    );
    if (out) sent += 1;
  }
  return { sent };
}

/** SVC-2: once a day, the surveys the schedule calls for. */
export const scheduledSurveyJob = defineJob({
  name: 'satisfaction.schedule',
  label: { 'zh-CN': '定期满意度调查', en: 'Regular satisfaction surveys' },
  summary: { sent: { 'zh-CN': '发送调查 {{value}} 份', en: '{{value}} surveys sent' } },
  intervalSeconds: 24 * 60 * 60,
  run: async (ctx) => {
    const { sent } = await sendScheduledSurveys(ctx);
    return `sent=${sent}`;
  },
});
