// OPS-3 and OPS-8 in the browser: assistant_east opens today's end-of-day summary from the menu,
// adds remarks and sends it after confirming; rep01 on a phone (390 × 844) sees the training they
// attended with their result, and the page fits the screen.
import {
  answerTo,
  base,
  confirmPopover,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  openNav,
  signIn,
} from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const tests = [
  {
    name: 'OPS-3: the assistant reviews today’s end-of-day summary, adds remarks and sends it to the GM and the manager',
    async run(page) {
      await signIn(page, 'assistant_east');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await openNav(page, 'rhythm', '/day-summaries');
      const summary = page.getByTestId('day-summary');
      await summary.waitFor();
      expect((await summary.textContent()).includes('华东销售部'), 'the summary is the east unit’s');
      await page.getByTestId('day-summary-remarks').fill('今日订单与日志已核对');
      const sent = answerTo(page, 'POST', /^\/api\/day-summaries\/[0-9a-f-]{36}\/send$/);
      await page.getByTestId('day-summary-send').click();
      await confirmPopover(page);
      const body = await expectStatus(sent, 200, 'sending the summary');
      expect(body.status === 'sent', `the summary is sent: ${body.status}`);
      const to = body.recipients
        .map((r) => r.username)
        .sort()
        .join(',');
      expect(to === 'gm,manager_east', `it went to the GM and the manager: ${to}`);
      await page.getByText('已发送').first().waitFor();
    },
  },
  {
    name: 'OPS-8 on a phone: rep01 sees the training attended and the excellent result',
    context: PHONE,
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/training/mine`);
      const list = page.getByTestId('my-training');
      await list.waitFor();
      const text = await list.textContent();
      expect(text.includes('新一代产品线功能与卖点'), `the training is listed: ${text.slice(0, 200)}`);
      expect(text.includes('95 分') && text.includes('优秀'), `the result shows: ${text.slice(0, 300)}`);
      await expectNoSidewaysScroll(page, 'my training');
    },
  },
];
