import { pinyin } from 'pinyin-pro';

/** Company-form words that do not make two names different (longest first). */
const FORMS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  '分公司',
  '公司',
  'corporation',
  'company',
  'limited',
  'co.,ltd.',
  'co.,ltd',
  'co.ltd',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corp.',
  'corp',
  'co.',
];

/**
 * The name as duplicate checks compare it: full-width folded to half-width, lower case,
 * no spaces or punctuation, without company-form suffixes such as 有限公司 or Co., Ltd.
 */
export function nameKey(name: string): string {
  // Brackets go first, so a form in brackets (…贸易（有限公司）) is still recognised as one.
  let key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()[\]{}【】〔〕]+/g, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of FORMS) {
      if (key.length > form.length && key.endsWith(form)) {
        key = key.slice(0, -form.length);
        changed = true;
      }
    }
  }
  return key.replace(/[\p{P}\p{S}]/gu, '');
}

/** Pinyin initials and full pinyin, lower case, for search: 北京华宇 → "bjhy beijinghuayu". */
export function namePinyin(name: string): string {
  const text = name.normalize('NFKC');
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const squash = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return `${squash(initials)} ${squash(full)}`;
}

/** A phone number as stored and compared: digits only (a leading + kept), without +86 / 0086. */
export function normalisePhone(raw: string): string {
  const trimmed = raw.normalize('NFKC').trim();
  let digits = trimmed.replace(/[^\d]/g, '');
  if (trimmed.startsWith('+')) {
    if (digits.startsWith('86')) digits = digits.slice(2);
    else return `+${digits}`;
  } else if (digits.startsWith('0086')) digits = digits.slice(4);
  return digits;
}
