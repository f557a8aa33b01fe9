import type { TFunction } from 'i18next';
import { enumLabel } from '../../i18n/labels';

/** VIS-3: a visit purpose code in words (the policy visit.purposes lists the codes). */
export function purposeLabel(t: TFunction, code: string): string {
  return enumLabel(t, 'purpose', code);
}
