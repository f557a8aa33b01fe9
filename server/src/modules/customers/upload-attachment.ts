import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { storeFile, type Upload } from '../../platform/files/files.js';
import type { TFileMeta } from '../../platform/files/schemas.js';
import { CUSTOMER_ATTACHMENT } from './attachment-queries.js';
import { recordCustomerChange } from './customer-change.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';

/**
 * CUS-1: keeps a file in the customer file (write access). storeFile audits the upload; the
 * change history finds it through the file's subject.
 */
export async function uploadAttachment(ctx: Ctx, customerId: string, upload: Upload): Promise<TFileMeta> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, customerId, 'write');
    const file = await storeFile(
      tx,
      ctx,
      { subjectType: CUSTOMER_SUBJECT, subjectId: customer.id, purpose: CUSTOMER_ATTACHMENT },
      upload,
    );
    await recordCustomerChange(tx, ctx, customer.id, {
      kind: 'attachment.added',
      summary: {
        'zh-CN': `${actor.displayName} 上传了附件 ${file.fileName}`,
        en: `${actor.displayName} attached ${file.fileName}`,
      },
      refType: 'file',
      refId: file.id,
    });
    return file;
  });
}
