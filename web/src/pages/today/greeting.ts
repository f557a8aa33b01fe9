/** The part of the day an hour (0–23, company clock) falls in, for the greeting on 今日. */
export function partOfDay(hour: number): 'morning' | 'noon' | 'afternoon' | 'evening' {
  if (hour < 11) return 'morning';
  if (hour < 13) return 'noon';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** "2026年5月12日星期二" / "Tuesday, May 12, 2026": a moment's day on the company's clock. */
export function longDate(at: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
  }).format(at);
}

/** A title kept in both languages as "中文 / English" (due items), in the UI's language. */
export function bilingual(title: string, locale: string): string {
  const [zh, en] = title.split(' / ');
  return (locale === 'en' ? en : zh) ?? title;
}
