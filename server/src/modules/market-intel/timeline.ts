import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { type EntryRow, MARKET_INTEL_ENTITY } from './scope.js';
import { kindWords } from './words.js';

/** The timeline event kind of market information on a customer. */
export const MARKET_INTEL_TIMELINE_KIND = 'market_intel.recorded';

/** OPS-10/CUS-1: a linked entry appears on the customer's timeline, in the writer's transaction. */
export async function onCustomerTimeline(tx: Tx, ctx: Ctx, row: EntryRow, writerName: string): Promise<void> {
  if (!row.customerId) return;
  const kind = kindWords[row.kind];
  const about = [row.competitor, row.product].filter(Boolean).join(' · ');
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: row.customerId,
    kind: MARKET_INTEL_TIMELINE_KIND,
    summary: {
      'zh-CN': `${writerName} 登记了市场信息（${kind['zh-CN']}）${about ? `：${about}` : ''}`,
      en: `${writerName} recorded market information (${kind.en})${about ? `: ${about}` : ''}`,
    },
    refType: MARKET_INTEL_ENTITY,
    refId: row.id,
    data: { observedOn: row.observedOn },
  });
}
