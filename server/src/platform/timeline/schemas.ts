import { z } from 'zod';
import { ZDateTime, ZLocalized, ZPaging, ZUserRef, zPage } from '../schemas.js';

/** An event of a record's timeline, as the record's page shows it (newest first). */
export const ZTimelineEvent = z.object({
  id: z.uuid(),
  at: ZDateTime,
  /** `area.event`, e.g. `followup.logged`; the web labels and filters by it. */
  kind: z.string(),
  summary: ZLocalized,
  refType: z.string().nullable(),
  refId: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  actor: ZUserRef.nullable(),
});
export const ZTimelinePage = zPage(ZTimelineEvent);
export const ZTimelineQuery = ZPaging.extend({
  kind: z.string().trim().max(60).optional(),
});

export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;
export type TTimelinePage = z.infer<typeof ZTimelinePage>;
export type TTimelineQuery = z.input<typeof ZTimelineQuery>;
