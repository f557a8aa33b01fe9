// 积分 (issue 16; INC-3 … INC-5): rep01 opens 我的积分 on a phone — the balance the server
// holds, the lots with their expiry dates, the why of an entry — and a supervisor proposes extra
// points for rep01 that the sales manager approves; rep01's balance rises by exactly that.
import {
  answerTo,
  apiInPage,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const state = { rep01: '', before: 0n, requestId: '' };
const AWARD = 66n;

export const tests = [
  {
    name: 'points: rep01 at 390×844 sees the balance the server holds, the lots with their expiry dates, and the why of an entry',
    context: phone,
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const summary = answerTo(page, 'GET', /^\/api\/points\/summary$/);
      await page.goto(`${base}/points`);
      const mine = await expectStatus(summary, 200, 'my points');
      state.rep01 = mine.person.id;
      state.before = BigInt(mine.balance);
      expect(mine.lots.length > 0, 'the demo gives rep01 some lots');
      const shown = (await page.getByTestId('points-balance').textContent()).replaceAll(',', '').trim();
      expect(shown === mine.balance, `the balance shown ${shown} is the server's ${mine.balance}`);

      const lots = page.getByTestId('points-lots');
      await lots.locator('tbody tr.ant-table-row').first().waitFor();
      const first = await lots.locator('tbody tr.ant-table-row').first().textContent();
      expect(/到期日：(\d{4}-\d{2}-\d{2}|长期有效)/.test(first), `a lot with its expiry: ${first}`);
      await expectNoSidewaysScroll(page, 'my points');

      const history = page.getByTestId('points-history');
      await history.getByTestId('points-why-open').first().click();
      const why = page.getByTestId('points-why');
      await whenOpened(why);
      await why.getByTestId('points-why-amount').waitFor();
      const text = await why.textContent();
      expect(/有效期|依据|理由/.test(text), `the why names the rule behind it: ${text.slice(0, 200)}`);
      await expectNoSidewaysScroll(page, 'the why drawer');
    },
  },
  {
    name: 'points: sup_east1 proposes extra points for rep01 from the person’s points page',
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/points/people/${state.rep01}`);
      await page.getByTestId('points-balance').waitFor();
      await page.getByTestId('points-propose').click();
      const form = page.getByTestId('points-award-form');
      await whenOpened(form);
      await form.getByTestId('points-award-points').fill(String(AWARD));
      await form.getByTestId('points-award-reason').fill('客户来电表扬，响应及时');
      const sent = answerTo(page, 'POST', /^\/api\/points\/award-requests$/);
      await form.getByRole('button', { name: '提交审批' }).click();
      const req = await expectStatus(sent, 200, 'proposing the award');
      expect(
        req.status === 'submitted' && req.points === Number(AWARD),
        `the request: ${JSON.stringify(req)}`,
      );
      state.requestId = req.id;
    },
  },
  {
    name: 'points: the sales manager approves it from 待办 → rep01’s balance rises by that amount',
    async run(page) {
      await signIn(page, 'manager_east');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const todo = await apiInPage(page, 'GET', '/api/todo?limit=100');
      const item = todo.body.sections
        .flatMap((s) => s.items)
        .find((i) => i.link === `/points/requests/${state.requestId}`);
      expect(item, 'the award is in the manager’s 待办');
      expect(item.detail['zh-CN'].includes(`${AWARD} 分`), `whom, what, how many: ${JSON.stringify(item)}`);
      await page.goto(`${base}${item.link}`);
      const panel = page.getByTestId('approval-panel').first();
      await panel.getByTestId('approval-approve').click();
      const decision = page.getByTestId('approval-decision');
      await whenOpened(decision);
      const approved = answerTo(page, 'POST', /^\/api\/approvals\/[^/]+\/approve$/);
      await decision.getByRole('button', { name: /同\s*意/ }).click();
      await expectStatus(approved, 200, 'approving the award');
      const after = await apiInPage(page, 'GET', `/api/points/summary?userId=${state.rep01}`);
      expect(
        BigInt(after.body.balance) === state.before + AWARD,
        `rep01's balance ${after.body.balance} = ${state.before} + ${AWARD}`,
      );
    },
  },
];
