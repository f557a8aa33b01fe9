import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Locale } from '../i18n';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** A RangePicker's days as the from/to instants the server filters on (whole days, local time). */
export function dateRangeQuery(range: [Dayjs | null, Dayjs | null] | null | undefined): {
  from?: string;
  to?: string;
} {
  const [start, end] = range ?? [null, null];
  return {
    from: start ? start.startOf('day').toISOString() : undefined,
    to: end ? end.endOf('day').toISOString() : undefined,
  };
}

/** Picks the text for the UI language from a server {'zh-CN', en} pair. */
export function localized(text: Record<Locale, string>, locale: string): string {
  return locale === 'en' ? text.en : text['zh-CN'];
}

/** Roles carry both names; show the one for the UI language. */
export function roleName(role: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === 'en' ? role.nameEn : role.nameZh;
}

/** Policy and audit values are arbitrary JSON. */
export function formatJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}
