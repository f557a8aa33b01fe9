import { describe, expect, it } from 'vitest';
import { championsCases } from './bad-input/champions.js';
import { collectionCases } from './bad-input/collection.js';
import { commissionCases } from './bad-input/commission.js';
import { contestsCases } from './bad-input/contests.js';
import { contractsCases } from './bad-input/contracts.js';
import { customerCases } from './bad-input/customers.js';
import { dailyReportsCases } from './bad-input/daily-reports.js';
import { daySummariesCases } from './bad-input/day-summaries.js';
import { disciplineCases } from './bad-input/discipline.js';
import { documentsCases } from './bad-input/documents.js';
import { expensesCases } from './bad-input/expenses.js';
import { importCases } from './bad-input/imports.js';
import { indicatorsCases } from './bad-input/indicators.js';
import { inquiryCases } from './bad-input/inquiries.js';
import { marketIntelCases } from './bad-input/market-intel.js';
import { meetingsCases } from './bad-input/meetings.js';
import { opportunityCases } from './bad-input/opportunities.js';
import { ordersCases } from './bad-input/orders.js';
import { performanceCasesCases } from './bad-input/performance-cases.js';
import { personalPlansCases } from './bad-input/personal-plans.js';
import { pointsCases } from './bad-input/points.js';
import { poolCases } from './bad-input/pool.js';
import { productsCases } from './bad-input/products.js';
import { quotesCases } from './bad-input/quotes.js';
import { receivablesCases } from './bad-input/receivables.js';
import { rewardsCases } from './bad-input/rewards.js';
import { risksCases } from './bad-input/risks.js';
import { salesPlansCases } from './bad-input/sales-plans.js';
import { satisfactionCases } from './bad-input/satisfaction.js';
import { sealsCases } from './bad-input/seals.js';
import { serviceCases } from './bad-input/service.js';
import { statReportsCases } from './bad-input/stat-reports.js';
import { suggestionsCases } from './bad-input/suggestions.js';
import { targetSetsCases } from './bad-input/target-sets.js';
import { trainingCases } from './bad-input/training.js';
import { type BadInputCases, malformedJson, nil } from './bad-input/types.js';
import { visitComplianceCases } from './bad-input/visit-compliance.js';
import { visitPlansCases } from './bad-input/visit-plans.js';
import { visitReportsCases } from './bad-input/visit-reports.js';
import { visitsCases } from './bad-input/visits.js';
import { supervisionCases, visitTripsCases, worklogsCases } from './bad-input/worklogs.js';
import { createTestApp } from './test-app.js';

/**
 * Bad input on every write route → its refusal in the one error shape: 400 with field messages
 * for invalid fields (a malformed body where a route takes no input), 404 for a record that does
 * not exist, 422 for a business rule; in Chinese by default and English with Accept-Language: en.
 * A write route missing from this table fails the test.
 */
const noInput = { raw: malformedJson, code: 'BAD_REQUEST' };
const foundation: BadInputCases = {
  'POST /api/auth/login': { url: '/api/auth/login', body: { username: '', password: 5 }, field: 'username' },
  'POST /api/auth/logout': { url: '/api/auth/logout', ...noInput },
  'PUT /api/me/password': {
    url: '/api/me/password',
    body: { currentPassword: 'x', newPassword: 'short' },
    field: 'newPassword',
  },
  'PUT /api/me/preferences': { url: '/api/me/preferences', body: { locale: 'fr' }, field: 'locale' },
  'POST /api/users': { url: '/api/users', body: { username: 'A B', password: '1' }, field: 'username' },
  'PATCH /api/users/:id': { url: `/api/users/${nil}`, body: { email: 'not-an-email' }, field: 'email' },
  'POST /api/users/:id/move': {
    url: `/api/users/${nil}/move`,
    body: { unitId: 'x', reason: '' },
    field: 'unitId',
  },
  'POST /api/users/:id/disable': { url: '/api/users/123/disable', field: 'id' },
  'POST /api/users/:id/enable': { url: '/api/users/123/enable', field: 'id' },
  'POST /api/users/:id/reset-password': {
    url: `/api/users/${nil}/reset-password`,
    body: { newPassword: '1' },
    field: 'newPassword',
  },
  'POST /api/units': { url: '/api/units', body: { parentId: nil, kind: 'company', name: '' }, field: 'kind' },
  'PATCH /api/units/:id': { url: `/api/units/${nil}`, body: { code: '!' }, field: 'code' },
  'POST /api/roles': {
    url: '/api/roles',
    body: { code: 'x', nameZh: '', nameEn: 'a', permissions: [] },
    field: 'code',
  },
  'PATCH /api/roles/:id': {
    url: `/api/roles/${nil}`,
    body: { permissions: [{ permission: 'user:read', scope: 'galaxy' }] },
    field: 'permissions.0.scope',
  },
  'POST /api/audit/verify': { url: '/api/audit/verify', ...noInput },
  'PUT /api/policies/:id/overrides/:unitId': {
    url: `/api/policies/auth.lockMinutes/overrides/${nil}`,
    body: { value: 5, note: '' },
    field: 'note',
  },
  'POST /api/policy-overrides/:id/acknowledge': { url: '/api/policy-overrides/x/acknowledge', field: 'id' },
  'POST /api/jobs/:name/run': { url: '/api/jobs/Not%20A%20Job!/run', field: 'name' },
  'POST /api/clock/set': { url: '/api/clock/set', body: { at: 'tomorrow' }, field: 'at' },
  'POST /api/clock/advance': { url: '/api/clock/advance', body: { minutes: -5 }, field: 'minutes' },
  'POST /api/approvals/submit': {
    url: '/api/approvals/submit',
    body: { docType: '', docId: 'x' },
    field: 'docType',
  },
  'POST /api/approvals/:id/approve': { url: '/api/approvals/123/approve', field: 'id' },
  'POST /api/approvals/:id/reject': {
    url: `/api/approvals/${nil}/reject`,
    body: { comment: ' ' },
    field: 'comment',
  },
  'POST /api/approvals/:id/withdraw': { url: '/api/approvals/123/withdraw', field: 'id' },
  'POST /api/approvals/:id/resubmit': { url: '/api/approvals/123/resubmit', field: 'id' },
  'POST /api/requests': { url: '/api/requests', body: { title: '', content: 'x' }, field: 'title' },
  'PATCH /api/requests/:id': { url: `/api/requests/${nil}`, body: { amountFen: '1.5' }, field: 'amountFen' },
  'POST /api/notifications/:id/read': { url: '/api/notifications/123/read', field: 'id' },
  'POST /api/notifications/read-all': { url: '/api/notifications/read-all', ...noInput },
  'PUT /api/me/notification-prefs': {
    url: '/api/me/notification-prefs',
    body: { items: [{ event: 'task.assigned', email: 'yes' }] },
    field: 'items.0.email',
  },
  'POST /api/tasks': {
    url: '/api/tasks',
    body: {
      assigneeId: nil,
      content: '拜访',
      place: '上海',
      actionPlan: '计划',
      evaluationMethod: '评价',
      source: 'verbal',
    },
    field: 'dueAt',
    as: 'sup_east1',
  },
  'POST /api/tasks/:id/done': {
    url: `/api/tasks/${nil}/done`,
    body: { note: ' ' },
    field: 'note',
    as: 'rep01',
  },
  'POST /api/tasks/:id/evaluate': {
    url: `/api/tasks/${nil}/evaluate`,
    body: { evaluation: '好', score: 101 },
    field: 'score',
    as: 'sup_east1',
  },
  'POST /api/appeals': {
    url: '/api/appeals',
    body: { toUserId: 'boss', content: '申诉' },
    field: 'toUserId',
  },
  'POST /api/appeals/:id/answer': {
    url: `/api/appeals/${nil}/answer`,
    body: { response: '' },
    field: 'response',
  },
  'PUT /api/policies/:id': {
    url: '/api/policies/auth.lockMinutes',
    body: { effectiveFrom: 'tomorrow' },
    field: 'effectiveFrom',
  },
};

/** Each area keeps its cases in test/bad-input/<area>.ts. */
const cases: BadInputCases = Object.assign(
  {},
  foundation,
  customerCases,
  poolCases,
  importCases,
  inquiryCases,
  opportunityCases,
  productsCases,
  quotesCases,
  contractsCases,
  sealsCases,
  ordersCases,
  receivablesCases,
  collectionCases,
  visitComplianceCases,
  visitReportsCases,
  visitsCases,
  visitPlansCases,
  statReportsCases,
  performanceCasesCases,
  targetSetsCases,
  salesPlansCases,
  personalPlansCases,
  rewardsCases,
  commissionCases,
  pointsCases,
  indicatorsCases,
  championsCases,
  contestsCases,
  dailyReportsCases,
  meetingsCases,
  worklogsCases,
  supervisionCases,
  visitTripsCases,
  risksCases,
  suggestionsCases,
  marketIntelCases,
  serviceCases,
  documentsCases,
  daySummariesCases,
  trainingCases,
  disciplineCases,
  expensesCases,
  satisfactionCases,
);

describe('bad input is refused at the edge', async () => {
  const t = await createTestApp();
  /** One session per sender, signed in on first use (no case here ends a session). */
  const sessions = new Map<string, Promise<string>>();
  const sessionOf = (username: string) => {
    let cookie = sessions.get(username);
    if (!cookie) {
      cookie = t.login(username);
      sessions.set(username, cookie);
    }
    return cookie;
  };

  it('the table covers every write route', () => {
    const writes = t.routes
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'GET')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(Object.keys(cases).sort()).toEqual(writes);
  });

  for (const [key, c] of Object.entries(cases)) {
    const status = c.status ?? 400;
    const code = c.code ?? 'VALIDATION_FAILED';
    it(`${key}: ${status} ${code}${c.field ? ` on ${c.field}` : ''} in zh-CN and en`, async () => {
      const method = key.split(' ')[0] as 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const cookie = await sessionOf(c.as ?? 'admin');
      const send = (lang?: string) =>
        c.raw === undefined
          ? t.request(method, c.url, { cookie, body: c.body ?? {}, ...(lang ? { lang } : {}) })
          : t.app.inject({
              method,
              url: c.url,
              headers: {
                cookie,
                'content-type': 'application/json',
                ...(lang ? { 'accept-language': lang } : {}),
              },
              payload: c.raw,
            });
      const zh = await send();
      const en = await send('en');
      for (const res of [zh, en]) {
        expect(res.statusCode, res.body).toBe(status);
        const body = res.json();
        expect(Object.keys(body)).toEqual(['error']);
        expect(body.error.code).toBe(code);
        expect(typeof body.error.message).toBe('string');
        expect(Object.keys(body.error).every((k) => ['code', 'message', 'fields'].includes(k))).toBe(true);
      }
      expect(zh.json().error.message).not.toBe(en.json().error.message);
      if (code === 'VALIDATION_FAILED') {
        expect(zh.json().error.message).toBe('提交的内容有误，请检查标出的字段');
        expect(en.json().error.message).toBe('Some fields are invalid');
      }
      if (c.field === undefined) {
        expect(zh.json().error.fields).toBeUndefined();
        return;
      }
      expect(Object.keys(zh.json().error.fields)).toContain(c.field);
      expect(typeof zh.json().error.fields[c.field]).toBe('string');
      expect(zh.json().error.fields[c.field]).not.toBe(en.json().error.fields[c.field]);
    });
  }

  it('a malformed JSON body is a 400, never a 500, and no SQL or stack reaches the client', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BAD_REQUEST');
    expect(res.body).not.toMatch(/at .*\.ts|select |stack/i);
  });

  it('bodies over the size limit are refused with 413', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      body: { username: 'x'.repeat(2 * 1024 * 1024), password: 'y' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
