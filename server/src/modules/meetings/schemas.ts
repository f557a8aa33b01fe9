import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { ZDayFigures } from '../daily-reports/index.js';
import { attendanceStatuses, exemptionReasons, meetingStatuses } from './tables.js';

export const ZMeetingStatus = z.enum(meetingStatuses);
export const ZAttendanceStatus = z.enum(attendanceStatuses);
export const ZExemption = z.enum(exemptionReasons);

export const ZAttendance = z.object({
  user: ZUserRef,
  status: ZAttendanceStatus,
  exemption: ZExemption.nullable(),
  arrivedAt: ZDateTime.nullable(),
  minutesLate: z.number().int().nullable(),
  reason: z.string().nullable(),
  recordedAt: ZDateTime.nullable(),
});

export const ZAssignment = z.object({
  id: z.uuid(),
  assignee: ZUserRef,
  /** Who holds the task: the assignee, or the assignee's direct superior when routed. */
  taskAssignee: ZUserRef,
  routed: z.boolean(),
  taskId: z.uuid(),
  content: z.string(),
  dueAt: ZDateTime,
  createdAt: ZDateTime,
});

/** OPS-6: a morning meeting with its figures, attendance and assignments, and what the reader may do. */
export const ZMeeting = z.object({
  id: z.uuid(),
  unit: ZUnitRef,
  day: z.string(),
  startsAt: ZDateTime,
  host: ZUserRef.nullable(),
  status: ZMeetingStatus,
  figuresDay: z.string().nullable(),
  figuresReportId: z.uuid().nullable(),
  figures: ZDayFigures.nullable(),
  problems: z.string(),
  views: z.string(),
  minutes: z.string(),
  closedAt: ZDateTime.nullable(),
  attendance: z.array(ZAttendance),
  assignments: z.array(ZAssignment),
  canHost: z.boolean(),
});
export type TMeeting = z.infer<typeof ZMeeting>;

export const ZMeetingSummary = ZMeeting.omit({ attendance: true, assignments: true }).extend({
  present: z.number().int(),
  late: z.number().int(),
  absent: z.number().int(),
  members: z.number().int(),
});
export const ZMeetingPage = zPage(ZMeetingSummary);

export const ZMeetingQuery = ZPaging.extend({
  unitId: z.uuid().optional(),
  status: ZMeetingStatus.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TMeetingQuery = z.output<typeof ZMeetingQuery>;

/** Today's meeting of a unit (default: mine), opened now if the job has not yet. */
export const ZMeetingOpen = z.object({ unitId: z.uuid().optional() });

export const ZMeetingContent = z.object({
  problems: z.string().trim().max(4000).optional(),
  views: z.string().trim().max(4000).optional(),
  minutes: z.string().trim().max(8000).optional(),
});

/** OPS-6/PEN-2: a member marked; a late arrival says when, an excuse says why. */
export const ZAttendanceMark = z
  .object({
    userId: z.uuid(),
    status: z.enum(['pending', 'present', 'late', 'absent', 'excused']),
    arrivedAt: ZDateTime.optional(),
    reason: zOptionalText(500),
  })
  .refine((v) => v.status !== 'late' || v.arrivedAt !== undefined, {
    path: ['arrivedAt'],
    error: vmsg('required'),
  })
  .refine((v) => v.status !== 'excused' || (v.reason ?? '') !== '', {
    path: ['reason'],
    error: vmsg('required'),
  });

/** OPS-6/ORG-4: today's work for one person; the rest of the instruction has defaults on the meeting. */
export const ZAssignmentCreate = z.object({
  assigneeId: z.uuid(),
  content: zText(2000),
  dueAt: ZDateTime,
  place: zOptionalText(200),
  actionPlan: zOptionalText(2000),
  controlMethod: zOptionalText(1000),
  evaluationMethod: zOptionalText(1000),
});
