import type { TFunction } from 'i18next';

/** VIS-3: a visit purpose code in words (the policy visit.purposes lists the codes). */
export function purposeLabel(t: TFunction, code: string): string {
  return t(`visitCalendar.purpose.${code}`, { defaultValue: t('labels.unknownValue') });
}
