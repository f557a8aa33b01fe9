import type { TFunction } from 'i18next';
import type { TJobSchedule } from '../../api/types';

/**
 * A job's schedule in words for the jobs page ("每个工作日 17:30", "Every day at 01:00"). The
 * common shapes of a cron expression get a sentence; anything else is shown as the expression.
 */

const NUMBER = /^\d{1,2}$/;
const QUARTER_ENDS = '3,6,9,12';

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** Weekday numbers (0 or 7 = Sunday) as names: "1-5" → 周一至周五, "1,3" → 周一、周三; null for other shapes. */
function weekdays(field: string, t: TFunction): string | null {
  const name = (d: string) => t(`deadlines.jobs.weekdays.${Number(d) % 7}`);
  const range = /^([0-7])-([0-7])$/.exec(field);
  if (range?.[1] && range[2])
    return t('deadlines.jobs.weekdayRange', { from: name(range[1]), to: name(range[2]) });
  const list = field.split(',');
  if (list.every((d) => /^[0-7]$/.test(d))) return list.map(name).join(t('deadlines.jobs.joiner'));
  return null;
}

/** Every n days, hours, minutes or seconds, in the largest whole unit ("每天", "每 2 小时"). */
function interval(seconds: number, t: TFunction): string {
  const units = [
    [86_400, 'Days', 'Day'],
    [3_600, 'Hours', 'Hour'],
    [60, 'Minutes', 'Minute'],
    [1, 'Seconds', 'Second'],
  ] as const;
  const [size, many, one] = units.find(([size]) => seconds % size === 0) ?? units[3];
  const count = seconds / size;
  return count === 1 ? t(`deadlines.jobs.every${one}`) : t(`deadlines.jobs.every${many}`, { count });
}

const STEP = /^\*\/(\d{1,2})$/;

function cronWords(cron: string, workingDaysOnly: boolean, t: TFunction): string {
  const [minute = '', hour = '', dom = '', month = '', dow = ''] = cron.split(' ');
  const raw = t('deadlines.jobs.cron', { cron });
  const everyDay = dom === '*' && month === '*' && dow === '*';
  const minuteStep = STEP.exec(minute)?.[1];
  const hourStep = STEP.exec(hour)?.[1];
  if (everyDay && minuteStep && hour === '*' && !workingDaysOnly) return interval(Number(minuteStep) * 60, t);
  if (everyDay && minute === '0' && hourStep && !workingDaysOnly)
    return interval(Number(hourStep) * 3_600, t);
  if (cron.split(' ').length !== 5 || !NUMBER.test(minute) || !NUMBER.test(hour)) {
    return workingDaysOnly ? t('deadlines.jobs.onWorkingDays', { schedule: raw }) : raw;
  }
  const time = `${pad(hour)}:${pad(minute)}`;
  let words: string | null = null;
  if (dom === '*' && month === '*' && dow === '*') {
    return workingDaysOnly ? t('deadlines.jobs.workdays', { time }) : t('deadlines.jobs.daily', { time });
  }
  if (dom === '*' && month === '*') {
    const days = weekdays(dow, t);
    if (days) words = t('deadlines.jobs.weekly', { days, time });
  } else if (dow === '*' && dom === 'L' && month === '*') {
    words = t('deadlines.jobs.monthLast', { time });
  } else if (dow === '*' && dom === 'L' && month === QUARTER_ENDS) {
    words = t('deadlines.jobs.quarterLast', { time });
  } else if (dow === '*' && NUMBER.test(dom) && month === '*') {
    words = t('deadlines.jobs.monthDay', { day: Number(dom), time });
  }
  const text = words ?? raw;
  return workingDaysOnly ? t('deadlines.jobs.onWorkingDays', { schedule: text }) : text;
}

export function describeSchedule(schedule: TJobSchedule, t: TFunction): string {
  return schedule.kind === 'interval'
    ? interval(schedule.seconds, t)
    : cronWords(schedule.cron, schedule.workingDaysOnly, t);
}

/** A moment as `YYYY-MM-DD HH:mm:ss` on the wall clock of a time zone (the company's, not the browser's). */
export { formatDateTimeInZone as formatInZone } from '../../components/company-time';
