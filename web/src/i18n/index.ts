import dayjs from 'dayjs';
import type { TMe } from '../api/types';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadMessages } from './messages';

export type Locale = TMe['user']['locale'];
export const locales: readonly Locale[] = ['zh-CN', 'en'];

const STORAGE_KEY = 'xiaoguan.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** Before sign-in: the last language used on this browser, else the browser's, else Chinese. */
export function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be unavailable (private mode); fall through
  }
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.toLowerCase();
  return browser.startsWith('en') ? 'en' : 'zh-CN';
}

function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/** Fetches a language's messages once (its own chunk) and hands them to i18next. */
export async function ensureMessages(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await loadMessages[locale](), true, true);
}

/**
 * Switches the UI language and remembers it on this browser for the login page. The other
 * language's messages are loaded first, so the switch never shows raw keys.
 */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered on this browser; the server still remembers it per user
  }
  await ensureMessages(locale);
  applyLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

const lng = initialLocale();
applyLocale(lng);
void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng,
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Settles once the first language's messages are in; the app renders after it (no raw keys). */
export const i18nReady: Promise<void> = ensureMessages(lng);

export default i18n;
