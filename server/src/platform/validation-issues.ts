import { z } from 'zod';
import type { Lang, Localized } from './i18n/lang.js';
import { resolveValidationMessage } from './validation-messages.js';

const zodLocales = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

/**
 * A zod issue as a person reads it: our own message (vmsg) when the schema names one, "required"
 * for a missing or blank value, else zod's own text in the language. Used by the HTTP error
 * handler and by anything that validates outside a request (import rows).
 */
export function issueMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  const own = resolveValidationMessage(issue.message);
  if (own) return own[lang];
  const raw = issue as z.core.$ZodIssue & { input?: unknown };
  const blank = issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1;
  if (blank || (issue.code === 'invalid_type' && raw.input === undefined)) {
    return lang === 'en' ? 'Required' : '必填';
  }
  const localized = zodLocales[lang](raw as never);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}

/** The same message in both languages (stored with import errors, shown in the reader's). */
export function issueLocalized(issue: z.core.$ZodIssue): Localized {
  return { 'zh-CN': issueMessage(issue, 'zh-CN'), en: issueMessage(issue, 'en') };
}
