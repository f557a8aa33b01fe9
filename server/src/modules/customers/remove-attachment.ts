import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { readFile, removeFile } from '../../platform/files/files.js';
import { recordCustomerChange } from './customer-change.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';

/** CUS-1: removes an attachment from the customer file (write access; kept, marked deleted, audited). */
export async function removeAttachment(ctx: Ctx, customerId: string, fileId: string): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, customerId, 'write');
    const subject = { subjectType: CUSTOMER_SUBJECT, subjectId: customer.id };
    const file = await readFile(tx, subject, fileId);
    await removeFile(tx, ctx, subject, fileId);
    await recordCustomerChange(tx, ctx, customer.id, {
      kind: 'attachment.removed',
      summary: {
        'zh-CN': `${actor.displayName} 删除了附件 ${file.fileName}`,
        en: `${actor.displayName} removed the attachment ${file.fileName}`,
      },
      refType: 'file',
      refId: fileId,
    });
    return { ok: true as const };
  });
}
