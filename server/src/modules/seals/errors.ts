import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The seals module's error codes: HTTP status and zh-CN/en messages. */
export const sealErrors = defineErrors({
  SEAL_NOT_IN_CUSTODY: { status: 409, zh: '印章不在保管中', en: 'The seal is not in custody' },
  SEAL_NOT_CHECKED_OUT: { status: 409, zh: '印章未借出，无需归还', en: 'The seal is not checked out' },
  SEAL_USE_NOT_APPROVED: {
    status: 409,
    zh: '未得到专管人和销售经理同意，印章不得带离：领用人须有已批准的用印申请',
    en: 'The seal may not leave without the consent of its custodian and the sales manager: the person taking it needs an approved use request',
  },
  SEAL_VIOLATION_HARM_RECORDED: {
    status: 409,
    zh: '该违规已记录造成的后果',
    en: 'Harm is already recorded on this violation',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof sealErrors> {}
}
