import type { TFunction } from 'i18next';

/** The words for an entry's kind: basic, extra:<rule>, redeemed, expiry, reversals … */
export function kindText(t: TFunction, kind: string): string {
  if (kind.startsWith('extra:')) {
    const rule = kind.slice('extra:'.length);
    return t('points.kinds.extra', {
      rule: t(`points.rules.${rule}`, { defaultValue: t('points.kinds.other') }),
    });
  }
  return t(`points.kinds.${kind}`, { defaultValue: t('points.kinds.other') });
}

/** The words for the record behind an entry. */
export function refTypeText(t: TFunction, type: string): string {
  return t(`points.refs.${type}`, { defaultValue: t('points.refs.other') });
}
