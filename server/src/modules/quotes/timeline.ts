import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';

const words = {
  created: { 'zh-CN': '新建报价单', en: 'Quote created' },
  submitted: { 'zh-CN': '报价单提交审核', en: 'Quote submitted for review' },
  approved: { 'zh-CN': '报价单审核通过', en: 'Quote approved' },
  rejected: { 'zh-CN': '报价单被驳回', en: 'Quote rejected' },
  sent: { 'zh-CN': '报价单已发给客户', en: 'Quote sent to the customer' },
  accepted: { 'zh-CN': '客户接受报价', en: 'Customer accepted the quote' },
  declined: { 'zh-CN': '客户拒绝报价', en: 'Customer declined the quote' },
} as const;

export type QuoteEvent = keyof typeof words;

/** CUS-1/Q2C-3: what happens to a quote shows on its customer's timeline (kind `quote.<event>`). */
export async function quoteTimelineEvent(
  tx: Tx,
  ctx: Ctx,
  quote: { id: string; number: string; customerId: string; totalFen: bigint },
  event: QuoteEvent,
): Promise<void> {
  const w = words[event];
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: quote.customerId,
    kind: `quote.${event}`,
    summary: { 'zh-CN': `${w['zh-CN']} ${quote.number}`, en: `${w.en}: ${quote.number}` },
    refType: 'quote',
    refId: quote.id,
    data: { number: quote.number, totalFen: quote.totalFen.toString() },
  });
}
