import { scopedExists } from '../../platform/access/scoped-exists.js';
import { appError } from '../../platform/errors.js';
import type { Attachments } from '../../platform/files/attachments.js';
import { lockPayment } from './lock-payment.js';
import { PAYMENT_SUBJECT, paymentScope } from './payment-scope.js';
import { paymentFilePurposes, type TPaymentFilePurpose } from './schemas.js';
import { payments } from './tables.js';

const badPurpose = {
  purpose: {
    'zh-CN': '附件类型应为银行回单、收款凭证或其他',
    en: 'The attachment is a remittance slip, a voucher or other',
  },
};

/**
 * AR-3/AR-7: the remittance slip (银行回单) and vouchers of a payment in the actor's scope,
 * listed slips first; attached while it awaits confirmation (a confirmed payment is never
 * changed) and never removed. Form field `purpose`: remittance_slip (default), voucher, other.
 */
export const paymentFiles: Attachments<{ id: string; status?: string }> = {
  subjectType: PAYMENT_SUBJECT,
  purposes: paymentFilePurposes,
  purposeOf: (fields) => {
    const purpose = (fields.purpose ?? 'remittance_slip') as TPaymentFilePurpose;
    if (!paymentFilePurposes.includes(purpose)) throw appError('VALIDATION_FAILED', badPurpose);
    return purpose;
  },
  parent: {
    read: async (db, actor, id) => {
      if (!(await scopedExists(db, payments, id, paymentScope(actor)))) throw appError('NOT_FOUND');
      return { id };
    },
    write: (tx, actor, id) => lockPayment(tx, actor, id, 'payment:create'),
  },
  mayAdd: (p) => {
    if (p.status !== 'pending') throw appError('STATUS_NOT_ALLOWED');
  },
};
