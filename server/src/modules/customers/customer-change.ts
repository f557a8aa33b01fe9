import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from './scope.js';
import { customers } from './tables.js';

export interface CustomerChange {
  /** Audit action, e.g. `customer.contact.create`; omit when the write was audited already. */
  action?: string;
  before?: unknown;
  after?: unknown;
  /** Timeline event kind, e.g. `contact.added`. */
  kind: string;
  summary: Localized;
  refType?: string;
  refId?: string;
  data?: Record<string, unknown>;
}

/**
 * Something changed in a customer's file (a contact, a collaborator, an attachment): the
 * customer's `updated_at`, the audit row filed under the customer (so its change history
 * finds it with one query) and the timeline event — in the write's transaction.
 */
export async function recordCustomerChange(tx: Tx, ctx: Ctx, customerId: string, change: CustomerChange) {
  const at = ctx.clock.now();
  await tx.update(customers).set({ updatedAt: at }).where(eq(customers.id, customerId));
  if (change.action) {
    await audit(tx, ctx, {
      entity: CUSTOMER_SUBJECT,
      entityId: customerId,
      action: change.action,
      before: change.before,
      after: change.after,
    });
  }
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: customerId,
    kind: change.kind,
    summary: change.summary,
    ...(change.refType ? { refType: change.refType } : {}),
    ...(change.refId ? { refId: change.refId } : {}),
    ...(change.data ? { data: change.data } : {}),
  });
}
