import { and, eq, like } from 'drizzle-orm';
import { expect } from 'vitest';
import { notifications } from '../src/platform/notifications/tables.js';
import { sessions } from './sessions.js';
import type { TestApp } from './test-app.js';

/**
 * Signed-in calls as demo users (a session per user and business time), plus what tests of work
 * that finds people read: jobs run now, a 待办 section, a user's notices.
 */
export function workCallers(t: TestApp) {
  const { call, ok } = sessions(t);
  /** Runs a job now (business clock), as the administrator. */
  const runJob = async (name: string) => {
    const res = await call('admin', 'POST', `/api/jobs/${name}/run`, {});
    expect(res.statusCode, res.body).toBe(200);
  };
  const section = async (u: string, key: string) =>
    ((await ok(u, 'GET', '/api/todo')).sections as { key: string; items: Record<string, unknown>[] }[]).find(
      (s) => s.key === key,
    );
  /** The user's notifications of an event whose Chinese title contains `text`. */
  const notices = async (u: string, event: string, text: string) =>
    t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, await t.userId(u)),
          eq(notifications.event, event),
          like(notifications.titleZh, `%${text}%`),
        ),
      );
  return { call, ok, runJob, runDeadlines: () => runJob('deadlines.escalate'), section, notices };
}
