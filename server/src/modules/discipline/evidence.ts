import type { Attachments } from '../../platform/files/attachments.js';
import { VIOLATION_ENTITY, type ViolationRow, violationInScope, violationRecordScope } from './scope.js';

/**
 * PEN-2: the evidence of a violation (platform files) — read with the violation, added by those
 * who may record violations of the person. storeFile audits each.
 */
export const violationEvidence: Attachments<ViolationRow> = {
  subjectType: VIOLATION_ENTITY,
  purposes: ['evidence'],
  parent: {
    read: (db, actor, id) => violationInScope(db, actor, id),
    write: (tx, actor, id) =>
      violationInScope(tx, actor, id, { lock: true, scope: violationRecordScope(actor) }),
  },
};
