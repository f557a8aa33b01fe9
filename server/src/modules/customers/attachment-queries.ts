import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { listFiles, readFile } from '../../platform/files/files.js';
import type { TFileList } from '../../platform/files/schemas.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';

/** Files kept in the customer file are stored with this purpose. */
export const CUSTOMER_ATTACHMENT = 'attachment';

/** CUS-1: the customer's attachments (the customer in the actor's read scope), newest first. */
export async function listAttachments(db: DbOrTx, actor: Actor, customerId: string): Promise<TFileList> {
  const customer = await customerInScope(db, actor, customerId, 'read');
  return {
    items: await listFiles(db, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      purpose: CUSTOMER_ATTACHMENT,
    }),
  };
}

/** One attachment with its bytes, for download (404 outside scope or for another customer's file). */
export async function readAttachment(db: DbOrTx, actor: Actor, customerId: string, fileId: string) {
  const customer = await customerInScope(db, actor, customerId, 'read');
  return readFile(db, { subjectType: CUSTOMER_SUBJECT, subjectId: customer.id }, fileId);
}
