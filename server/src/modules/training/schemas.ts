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
import { devPlanStatuses, trainingAttendanceStatuses, trainingTopics } from './tables.js';

export const ZTrainingTopic = z.enum(trainingTopics);
export const ZAttendance = z.enum(trainingAttendanceStatuses);
export const ZDevPlanStatus = z.enum(devPlanStatuses);

/** OPS-8: a session as lists show it. */
export const ZTrainingSession = z.object({
  id: z.uuid(),
  topic: ZTrainingTopic,
  title: z.string(),
  trainer: ZUserRef.nullable(),
  trainerName: z.string().nullable(),
  startsAt: ZDateTime,
  endsAt: ZDateTime,
  place: z.string(),
  unit: ZUnitRef,
  organizer: ZUserRef,
  invited: z.number().int(),
  attended: z.number().int(),
  excellent: z.number().int(),
});
export const ZTrainingSessionPage = zPage(ZTrainingSession);

export const ZTrainingAttendee = z.object({
  id: z.uuid(),
  user: ZUserRef,
  unit: ZUnitRef,
  attendance: ZAttendance,
  score: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  excellent: z.boolean(),
  resultNote: z.string().nullable(),
  resultAt: ZDateTime.nullable(),
});

/** OPS-8: a session with its attendance and results; `canManage` when the actor runs it. */
export const ZTrainingSessionDetail = ZTrainingSession.extend({
  attendees: z.array(ZTrainingAttendee),
  canManage: z.boolean(),
  excellentScore: z.number().int(),
});

export const ZTrainingQuery = ZPaging.extend({
  topic: ZTrainingTopic.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['startsAt', 'title']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

export const ZTrainingSessionCreate = z
  .object({
    topic: ZTrainingTopic,
    title: zText(200),
    trainerId: z.uuid().nullish(),
    trainerName: zOptionalText(100),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: zText(200),
    unitIds: z.array(z.uuid()).max(50).default([]),
    userIds: z.array(z.uuid()).max(500).default([]),
  })
  .refine((v) => !!v.trainerId || !!v.trainerName, {
    path: ['trainerName'],
    error: vmsg('trainingTrainer'),
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), {
    path: ['endsAt'],
    error: vmsg('endsAfterStart'),
  })
  .refine((v) => v.unitIds.length + v.userIds.length > 0, {
    path: ['userIds'],
    error: vmsg('trainingAudience'),
  });

export const ZAttendanceRecord = z.object({
  items: z
    .array(z.object({ attendeeId: z.uuid(), attendance: ZAttendance }))
    .min(1)
    .max(500),
});

export const ZTrainingResult = z
  .object({
    attendeeId: z.uuid(),
    score: z.number().int().min(0).max(100).nullish(),
    passed: z.boolean().nullish(),
    excellent: z.boolean().default(false),
    note: zOptionalText(500),
  })
  .refine((v) => v.score != null || v.passed != null || v.excellent, {
    path: ['score'],
    error: vmsg('trainingResult'),
  });

/** OPS-8: one of my trainings, with my attendance and result. */
export const ZMyTraining = z.object({
  session: ZTrainingSession,
  attendance: ZAttendance,
  score: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  excellent: z.boolean(),
  resultNote: z.string().nullable(),
});
export const ZMyTrainingList = z.object({ items: z.array(ZMyTraining) });

export const ZDevPlanAction = z.object({
  action: zText(300),
  dueOn: zDate,
  done: z.boolean().default(false),
});

/** OPS-8: a personal development plan (个人发展计划). */
export const ZDevPlan = z.object({
  id: z.uuid(),
  user: ZUserRef,
  unit: ZUnitRef,
  year: z.number().int(),
  goals: z.string(),
  actions: z.array(z.object({ action: z.string(), dueOn: z.string(), done: z.boolean() })),
  status: ZDevPlanStatus,
  reviewComment: z.string().nullable(),
  reviewedBy: ZUserRef.nullable(),
  reviewedAt: ZDateTime.nullable(),
  updatedAt: ZDateTime,
  canWrite: z.boolean(),
});
export const ZDevPlanPage = zPage(ZDevPlan);
export const ZDevPlanQuery = ZPaging.extend({
  userId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: ZDevPlanStatus.optional(),
});

export const ZDevPlanSave = z.object({
  userId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  goals: zText(2000),
  actions: z.array(ZDevPlanAction).min(1).max(30),
});
export const ZDevPlanReview = z.object({ comment: zText(1000) });

export type TTrainingSession = z.infer<typeof ZTrainingSession>;
export type TTrainingSessionDetail = z.infer<typeof ZTrainingSessionDetail>;
export type TTrainingAttendee = z.infer<typeof ZTrainingAttendee>;
export type TMyTraining = z.infer<typeof ZMyTraining>;
export type TDevPlan = z.infer<typeof ZDevPlan>;
