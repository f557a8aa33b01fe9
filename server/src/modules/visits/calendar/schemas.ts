import { z } from 'zod';
import { ZDateTime, ZUserRef, zDate } from '../../../platform/schemas.js';
import { vmsg } from '../../../platform/validation-messages.js';
import { visitStatuses } from '../tables.js';

/** The longest range one calendar request covers (a month view with its edge weeks; the message calendarRange says it). */
export const CALENDAR_MAX_DAYS = 45;

export const ZVisitCalendarQuery = z
  .object({
    /** First and last day shown (company time zone), both included. */
    from: zDate,
    to: zDate,
    /** One person's calendar; everyone in the reader's scope when absent. */
    repId: z.uuid().optional(),
  })
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days < 0) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: vmsg('dateOrder') });
    } else if (days >= CALENDAR_MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: vmsg('calendarRange') });
    }
  });
export type TVisitCalendarQuery = z.infer<typeof ZVisitCalendarQuery>;

/** A visit as the calendar shows it. */
export const ZCalendarVisit = z.object({
  id: z.uuid(),
  rep: ZUserRef,
  customer: z.object({ id: z.uuid(), name: z.string() }),
  purpose: z.string(),
  status: z.enum(visitStatuses),
  /** The day it is shown on: the day of its check-in once made, else its planned day. */
  day: z.string(),
  plannedOn: z.string(),
  plannedMinutes: z.number().int(),
  fromPlan: z.boolean(),
  checkInAt: ZDateTime.nullable(),
  checkOutAt: ZDateTime.nullable(),
  /** The reader may move it to another day (planned or prepared, in their write scope, not in the past). */
  canMove: z.boolean(),
});
export type TCalendarVisit = z.infer<typeof ZCalendarVisit>;

/** CUS-8: a follow-up's next step on its day. */
export const ZCalendarNextStep = z.object({
  id: z.uuid(),
  author: ZUserRef,
  customer: z.object({ id: z.uuid(), name: z.string() }),
  nextStep: z.string().nullable(),
  at: ZDateTime,
  day: z.string(),
  done: z.boolean(),
});

/** An open due item (platform deadlines) on its due day. */
export const ZCalendarDueItem = z.object({
  id: z.uuid(),
  owner: ZUserRef,
  kind: z.string(),
  title: z.string(),
  dueAt: ZDateTime,
  day: z.string(),
  isOverdue: z.boolean(),
  link: z.string().nullable(),
});

export const ZVisitCalendar = z.object({
  from: z.string(),
  to: z.string(),
  today: z.string(),
  /** Whose calendar the reader may open (the rep picker): the people who visit, in scope. */
  reps: z.array(ZUserRef),
  visits: z.array(ZCalendarVisit),
  nextSteps: z.array(ZCalendarNextStep),
  dueItems: z.array(ZCalendarDueItem),
});
export type TVisitCalendar = z.infer<typeof ZVisitCalendar>;

export const ZVisitMove = z.object({
  /** The new day (company time zone), today or later. */
  plannedOn: zDate,
});
export type TVisitMove = z.infer<typeof ZVisitMove>;

export const ZVisitMoved = z.object({ id: z.uuid(), plannedOn: z.string() });
