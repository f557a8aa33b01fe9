import { audit } from '../../platform/audit/audit.js';
import { appError } from '../../platform/errors.js';
import type { Attachments } from '../../platform/files/attachments.js';
import { CONTRACT_SUBJECT, type ContractRow, contractInScope, SIGNED_SCAN } from './scope.js';

/**
 * Q2C-7: the scan of the signed and sealed contract, kept with it (contract:enter) once it is
 * approved and until it is signed; a wrong one is removed before the signing data is entered.
 * A signed contract's scans never change (Q2C-8).
 */
export const contractScans: Attachments<ContractRow> = {
  subjectType: CONTRACT_SUBJECT,
  purposes: [SIGNED_SCAN],
  parent: {
    read: (db, actor, id) => contractInScope(db, actor, id),
    write: (tx, actor, id) => contractInScope(tx, actor, id, { permission: 'contract:enter', lock: true }),
  },
  mayAdd: (c) => {
    if (c.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (c.status !== 'approved' && c.status !== 'entered') throw appError('STATUS_NOT_ALLOWED');
  },
  added: (tx, ctx, c, file) =>
    audit(tx, ctx, {
      entity: 'contract',
      entityId: c.id,
      action: 'contract.scan.add',
      after: { fileId: file.id, fileName: file.fileName, sha256: file.sha256 },
    }),
  mayRemove: (c) => {
    if (c.status === 'signed') throw appError('CONTRACT_SIGNED');
    if (c.status !== 'approved') throw appError('STATUS_NOT_ALLOWED');
  },
  removed: (tx, ctx, c, file) =>
    audit(tx, ctx, {
      entity: 'contract',
      entityId: c.id,
      action: 'contract.scan.remove',
      before: { fileId: file.id, fileName: file.fileName },
    }),
};
