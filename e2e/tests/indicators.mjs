// 业绩指标, 完成情况看板 and 辅导 (issue 15, points 4 and 5): a rep reads their own figures on a
// phone and opens the records behind one; a supervisor sees the board and records a coaching
// with the keyboard, then its follow-up.
import {
  answerTo,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const tests = [
  {
    name: 'indicators: rep01 reads this year’s own figures at 390×844 and a click lists the records behind the sales amount',
    context: phone,
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/indicators`);
      await page.getByTestId('indicator-card').waitFor();
      // The kind of period, by the select: the year.
      const year = answerTo(page, 'GET', /^\/api\/indicators$/);
      await page.getByTestId('period-kind').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="年"]').click();
      const body = await expectStatus(year, 200, 'this year’s indicators');
      expect(body.period.length === 4, `the period asked: ${body.period}`);
      expect(
        body.items.length === 1 && body.items[0].subject.name === '赵磊',
        `rep01 sees only themself: ${body.items.map((i) => i.subject.name)}`,
      );
      const cards = page.getByTestId('indicator-card');
      await cards.first().waitFor();
      expect((await cards.count()) === 1, 'one card');
      await expectNoSidewaysScroll(page, 'the indicators');

      const yuan = (fen) =>
        `¥${(BigInt(fen) / 100n).toLocaleString('en-US')}.${String(BigInt(fen) % 100n).padStart(2, '0')}`;
      const sales = body.items[0].sales.actual;
      const link = cards
        .first()
        .getByRole('button', { name: /查看 赵磊/ })
        .first();
      expect((await link.textContent()).includes(yuan(sales)), `the card shows ${yuan(sales)}`);
      const records = answerTo(page, 'GET', /^\/api\/indicators\/records$/);
      await link.click();
      const list = await expectStatus(records, 200, 'the records of the sales amount');
      expect(list.sum === sales, `the records sum to the figure: ${list.sum} vs ${sales}`);
      const sum = page.getByTestId('records-sum');
      await sum.waitFor();
      expect(
        (await sum.textContent()).includes(yuan(sales)),
        `the drawer's total: ${await sum.textContent()}`,
      );
      await expectNoSidewaysScroll(page, 'the records drawer');
    },
  },
  {
    name: 'coaching: sup_east1 sees the board, records a coaching of 赵磊 with the keyboard, and its follow-up',
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const boardAnswer = answerTo(page, 'GET', /^\/api\/completion-board$/);
      await page.goto(`${base}/completion`);
      const board = await expectStatus(boardAnswer, 200, 'the completion board');
      await page.getByTestId('board-pace').waitFor();
      const rows = page.getByTestId('completion-board').locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      expect((await rows.count()) === board.items.length, `${board.items.length} people on the board`);
      expect(
        board.items.every((i) => i.subject.unit?.name === '华东一组'),
        'only the supervisor’s own team',
      );

      await page.goto(`${base}/coaching`);
      await page.getByTestId('coaching-new').click();
      const form = page.getByTestId('coaching-form');
      await whenOpened(form.getByTestId('coaching-rep'));
      await form.getByTestId('coaching-rep').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '赵磊' })
        .click();
      const findings = form.getByPlaceholder(/完成率落后的原因/);
      await findings.fill('本月重点客户回款推迟');
      await findings.press('Tab');
      await page.keyboard.type('每周拜访三家重点客户');
      const saved = answerTo(page, 'POST', /^\/api\/coaching$/);
      await page.keyboard.press('Control+Enter');
      const record = await expectStatus(saved, 200, 'recording the coaching');
      expect(
        record.rep.displayName === '赵磊' && record.status === 'open',
        `the record: ${JSON.stringify(record)}`,
      );

      const drawer = page.getByTestId('coaching-drawer');
      await drawer.getByTestId('follow-up-form').waitFor();
      const todo = await page.evaluate(async () => (await fetch('/api/todo?limit=100')).json());
      const followUps = todo.sections.find((s) => s.key === 'coaching.followUps');
      expect(
        followUps?.items.some((i) => i.link === `/coaching?id=${record.id}`),
        'the follow-up is in 待办',
      );

      await drawer.getByTestId('follow-up-form').locator('textarea').fill('已拜访两家，催回一笔');
      const followed = answerTo(page, 'POST', /^\/api\/coaching\/[^/]+\/follow-up$/);
      await drawer.getByRole('button', { name: '记录跟进' }).click();
      const after = await expectStatus(followed, 200, 'the follow-up');
      expect(after.status === 'followed_up', `followed up: ${after.status}`);
    },
  },
];
