import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { addAssignment } from './add-assignment.js';
import { closeMeeting } from './close-meeting.js';
import { openTodaysMeeting } from './open-today.js';
import { getMeeting, listMeetings } from './queries.js';
import { recordAttendance } from './record-attendance.js';
import {
  ZAssignmentCreate,
  ZAttendanceMark,
  ZMeeting,
  ZMeetingContent,
  ZMeetingOpen,
  ZMeetingPage,
  ZMeetingQuery,
} from './schemas.js';
import { writeMeetingContent } from './write-content.js';

const tags = ['meetings'];

/** OPS-6: the morning meetings — history, read, open today's, content, attendance, assignments, close. */
export function meetingRoutes(app: App) {
  app.get(
    '/api/meetings',
    {
      config: { permission: 'meeting:read' },
      schema: { tags, querystring: ZMeetingQuery, response: { 200: ZMeetingPage } },
    },
    (req) => listMeetings(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/meetings/:id',
    {
      config: { permission: 'meeting:read' },
      schema: { tags, params: ZId, response: { 200: ZMeeting } },
    },
    (req) => getMeeting(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/meetings/open',
    {
      config: { permission: 'meeting:host' },
      schema: { tags, body: ZMeetingOpen, response: { 200: ZMeeting } },
    },
    (req) => openTodaysMeeting(req.ctx, req.body),
  );
  app.patch(
    '/api/meetings/:id',
    {
      config: { permission: 'meeting:host' },
      schema: { tags, params: ZId, body: ZMeetingContent, response: { 200: ZMeeting } },
    },
    (req) => writeMeetingContent(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/meetings/:id/attendance',
    {
      config: { permission: 'meeting:host' },
      schema: { tags, params: ZId, body: ZAttendanceMark, response: { 200: ZMeeting } },
    },
    (req) => recordAttendance(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/meetings/:id/assignments',
    {
      config: { permission: 'meeting:host' },
      schema: { tags, params: ZId, body: ZAssignmentCreate, response: { 200: ZMeeting } },
    },
    (req) => addAssignment(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/meetings/:id/close',
    {
      config: { permission: 'meeting:host' },
      schema: { tags, params: ZId, response: { 200: ZMeeting } },
    },
    (req) => closeMeeting(req.ctx, req.params.id),
  );
}
