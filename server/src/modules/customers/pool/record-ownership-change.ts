import type { Tx } from '../../../db/client.js';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { addTimelineEvent } from '../../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../scope.js';
import { customerOwnershipLog } from '../tables.js';
import type { TOwnershipChange } from './schemas.js';

export interface OwnershipChangeRecord {
  customerId: string;
  change: TOwnershipChange;
  fromUserId: string | null;
  toUserId: string | null;
  reason: string | null;
  at: Date;
  summary: Localized;
  /** The customer's ownership fields before and after, for the audit row. */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** One change of owner: the ownership log, the customer's timeline and the audit row, in the write's transaction. */
export async function recordOwnershipChange(tx: Tx, ctx: Ctx, r: OwnershipChangeRecord): Promise<void> {
  await tx.insert(customerOwnershipLog).values({
    customerId: r.customerId,
    change: r.change,
    fromUserId: r.fromUserId,
    toUserId: r.toUserId,
    reason: r.reason,
    at: r.at,
    actorId: ctx.actor?.id ?? null,
  });
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: r.customerId,
    kind: `ownership.${r.change}`,
    summary: r.summary,
    data: { change: r.change, fromUserId: r.fromUserId, toUserId: r.toUserId, reason: r.reason },
    at: r.at,
  });
  await audit(tx, ctx, {
    entity: 'customer',
    entityId: r.customerId,
    action: `customer.${r.change}`,
    before: r.before,
    after: r.after,
  });
}
