// OPS-1/OPS-7 on a phone (390 × 844): rep01 records a follow-up call, opens 我的工作日志 — the form
// is prefilled from the day's records — adds customers' opinions and submits; sup_east1 opens 审阅
// and approves the log from the queue.
import {
  answerTo,
  apiInPage,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
} from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const CALL = '电话沟通新品报价（工作日志预填）';

export const tests = [
  {
    name: 'OPS-1 on a phone: rep01 fills today’s work log (prefilled from the day) and submits it',
    context: PHONE,
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL(/\/today$/);
      const customers = await apiInPage(page, 'GET', '/api/customers?pageSize=1');
      expect(customers.status === 200 && customers.body.items.length > 0, 'rep01 has a customer');
      const call = await apiInPage(page, 'POST', `/api/customers/${customers.body.items[0].id}/follow-ups`, {
        kind: 'phone',
        occurredAt: new Date().toISOString(),
        content: CALL,
      });
      expect(call.status === 200, `the follow-up: ${JSON.stringify(call.body)}`);

      await page.goto(`${base}/worklogs`);
      const done = page.getByTestId('worklog-done');
      await done.waitFor();
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="worklog-done"]')?.value.includes(text),
        CALL,
      );
      await expectNoSidewaysScroll(page, '我的工作日志');
      await page.getByLabel('客户意见').fill('客户希望下月初到货');
      const submitted = answerTo(page, 'POST', /^\/api\/worklogs\/mine\/\d{4}-\d{2}-\d{2}\/submit$/);
      await page.getByTestId('worklog-submit').click();
      const log = await expectStatus(submitted, 200, 'the submit');
      expect(log.done.includes(CALL), `the prefill was submitted: ${log.done}`);
      expect(log.status === 'submitted' && log.reviewStatus === 'pending', 'the log waits for review');
      await expectNoSidewaysScroll(page, 'the submitted log');
    },
  },
  {
    name: 'OPS-7 on a phone: sup_east1 approves rep01’s log from the review queue',
    context: PHONE,
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/review?kind=worklog`);
      const item = page.getByTestId('queue-worklog').filter({ hasText: '赵磊' }).first();
      await item.waitFor();
      await expectNoSidewaysScroll(page, '审阅');
      await item.click();
      await page.getByTestId('worklog-review').waitFor();
      const reviewed = answerTo(page, 'POST', /^\/api\/worklogs\/[0-9a-f-]{36}\/review$/);
      await page.getByTestId('worklog-approve').click();
      const log = await expectStatus(reviewed, 200, 'the approval');
      expect(log.reviewStatus === 'approved', `approved: ${log.reviewStatus}`);
    },
  },
];
