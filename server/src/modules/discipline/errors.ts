import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The discipline module's error codes: HTTP status and zh-CN/en messages. */
export const disciplineErrors = defineErrors({
  VIOLATION_NOT_APPEALABLE: {
    status: 409,
    zh: '只能对已登记、未申诉的违规提出申诉',
    en: 'Only a recorded violation not yet appealed can be appealed',
  },
  VIOLATION_NOT_APPEALED_TO_YOU: {
    status: 409,
    zh: '该违规没有向您申诉，或申诉已处理',
    en: 'This violation was not appealed to you, or the appeal is decided',
  },
  VIOLATION_NOT_CANCELLABLE: {
    status: 409,
    zh: '该违规已撤销或正在申诉中',
    en: 'This violation is cancelled or under appeal',
  },
  VIOLATION_HARM_RECORDED: {
    status: 409,
    zh: '该违规已记录造成的后果',
    en: 'Harm is already recorded on this violation',
  },
  VIOLATION_SELF: {
    status: 422,
    zh: '不能为自己登记违规或提出处分',
    en: 'You cannot record a violation or propose a sanction for yourself',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof disciplineErrors> {}
}
