// PEN-2/ORG-3: sup_east1 records a violation of rep01 in 违规登记; rep01, on a phone (390 × 844),
// sees it in 我的违规 and appeals to their superior; finance exports the month's fines for payroll.
import {
  answerTo,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  pickOption,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESCRIPTION = '客户来电要求售后，以不是自己的客户为由推诿';

export const tests = [
  {
    name: 'PEN-2: sup_east1 records a refusal of a customer for rep01; the fine comes from the table',
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.getByTestId('user-menu').waitFor();
      await page.goto(`${base}/discipline`);
      await page.getByTestId('violation-record').click();
      const form = page.getByTestId('violation-record-form');
      await whenOpened(form);
      await form.getByLabel('人员').click();
      await page.keyboard.type('rep01');
      await pickOption(page, '(rep01)');
      await form.getByLabel('类别').click();
      await pickOption(page, '推诿客户');
      await form.getByLabel('情况说明').fill(DESCRIPTION);
      const recorded = answerTo(page, 'POST', /^\/api\/violations$/);
      await form.locator('button[type=submit]').click();
      const v = await expectStatus(recorded, 200, 'the violation');
      expect(v.fineFen === '10000' && v.category === 'refusing_customer', `recorded: ${JSON.stringify(v)}`);
    },
  },
  {
    name: 'ORG-3 on a phone: rep01 sees the violation in 我的违规 and appeals to the supervisor',
    context: PHONE,
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/my-violations`);
      const item = page.getByTestId('my-violation').filter({ hasText: DESCRIPTION }).first();
      await item.waitFor();
      expect((await item.textContent()).includes('100.00'), 'the fine shows');
      await expectNoSidewaysScroll(page, '我的违规');
      await item.getByTestId('violation-appeal').click();
      const form = page.getByTestId('violation-appeal-form');
      await whenOpened(form);
      await form.getByTestId('appeal-to').click();
      await pickOption(page);
      await form.getByTestId('appeal-reason').fill('当时正在拜访其他客户，已转告同事跟进');
      const appealed = answerTo(page, 'POST', /^\/api\/violations\/[0-9a-f-]{36}\/appeal$/);
      await form.locator('button[type=submit]').click();
      const after = await expectStatus(appealed, 200, 'the appeal');
      expect(after.status === 'appealed', `status ${after.status}`);
      await item.getByText('申诉中').waitFor();
      await expectNoSidewaysScroll(page, '我的违规 after the appeal');
    },
  },
  {
    name: 'PEN-2: finance exports the month’s fines for payroll',
    async run(page) {
      await signIn(page, 'finance');
      await page.getByTestId('user-menu').waitFor();
      await page.goto(`${base}/discipline`);
      const download = page.waitForEvent('download');
      await page.getByTestId('fines-export').getByTestId('export-button').click();
      const file = await download;
      expect(/^fines-\d{4}-\d{2}-\d{2}\.xlsx$/.test(file.suggestedFilename()), file.suggestedFilename());
    },
  },
];
