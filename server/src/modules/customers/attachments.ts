import { requireActor } from '../../platform/context.js';
import type { Attachments } from '../../platform/files/attachments.js';
import { recordCustomerChange } from './customer-change.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';

/** Files kept in the customer file are stored with this purpose. */
export const CUSTOMER_ATTACHMENT = 'attachment';

/**
 * CUS-1: the files of the customer file — read with the customer (read scope), added and
 * removed with write access, each on the customer's timeline. storeFile audits the upload; the
 * change history finds it through the file's subject.
 */
export const customerAttachments: Attachments<{ id: string }> = {
  subjectType: CUSTOMER_SUBJECT,
  purposes: [CUSTOMER_ATTACHMENT],
  parent: {
    read: (db, actor, id) => customerInScope(db, actor, id, 'read'),
    write: (tx, actor, id) => customerInScope(tx, actor, id, 'write'),
  },
  added: (tx, ctx, customer, file) =>
    recordCustomerChange(tx, ctx, customer.id, {
      kind: 'attachment.added',
      summary: {
        'zh-CN': `${requireActor(ctx).displayName} 上传了附件 ${file.fileName}`,
        en: `${requireActor(ctx).displayName} attached ${file.fileName}`,
      },
      refType: 'file',
      refId: file.id,
    }),
  removed: (tx, ctx, customer, file) =>
    recordCustomerChange(tx, ctx, customer.id, {
      kind: 'attachment.removed',
      summary: {
        'zh-CN': `${requireActor(ctx).displayName} 删除了附件 ${file.fileName}`,
        en: `${requireActor(ctx).displayName} removed the attachment ${file.fileName}`,
      },
      refType: 'file',
      refId: file.id,
    }),
};
