import { and, eq, like } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/test-app.js';
import { notifications } from '../../platform/notifications/tables.js';

type Method = 'GET' | 'POST' | 'PUT';

/** Signed-in calls as demo users, one session each, signed in again when the clock jumped. */
export function worklogCallers(t: TestApp) {
  const cookies = new Map<string, string>();
  const call = async (u: string, method: Method, url: string, body?: unknown) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    const send = () =>
      t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
    let res = await send();
    if (res.statusCode === 401) {
      cookies.set(u, await t.login(u));
      res = await send();
    }
    return res;
  };
  const ok = async (u: string, method: Method, url: string, body?: unknown) => {
    const res = await call(u, method, url, body);
    expect(res.statusCode, `${method} ${url} as ${u}: ${res.body}`).toBe(200);
    return res.json();
  };
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

export const fields = (done: string) => ({
  done,
  customerOpinions: '客户希望缩短交期',
  problems: '样品不足',
  tomorrowPlan: '拜访两家新客户',
});
