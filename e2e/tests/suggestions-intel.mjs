// OPS-9/OPS-10/INC-4 on a phone (390 × 844): rep01 records market information right after a
// visit and makes a suggestion; the east sales manager adopts it from 待办; rep01's points show
// the award. Every page visited fits the screen's width.
import {
  answerTo,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const tests = [
  {
    name: 'OPS-10/OPS-9/INC-4 on a phone: rep01 records market information and makes a suggestion; the manager adopts it from 待办; rep01’s points show the award',
    context: { ...PHONE },
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL(/\/today$/);

      // OPS-10: record market information.
      await page.goto(`${base}/market-intel`);
      await page.getByTestId('market-intel-create').click();
      const form = page.getByTestId('market-intel-form');
      await whenOpened(form);
      await expectNoSidewaysScroll(page, 'the market information form');
      await form.locator('#competitor').fill('远东防水');
      await form.locator('#product').fill('SBS 卷材');
      await form.locator('#region').fill('华东');
      await form.locator('#content').fill('远东防水本月起对工程客户报价下调 5%。');
      const recorded = answerTo(page, 'POST', /^\/api\/market-intel$/);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await expectStatus(recorded, 200, 'recording market information');
      await page.getByTestId('market-intel-q').fill('远东');
      await page.getByTestId('market-intel-q').press('Enter');
      await page.getByTestId('market-intel-table').getByText('远东防水').first().waitFor();
      await expectNoSidewaysScroll(page, 'the market information list');

      // OPS-9: make a suggestion.
      await page.goto(`${base}/suggestions`);
      await page.getByTestId('suggestion-create').click();
      const sform = page.getByTestId('suggestion-form');
      await whenOpened(sform);
      await sform.locator('#title').fill('拜访后当天登记市场信息');
      await sform.locator('#content').fill('建议拜访结束当天在手机上登记竞品信息，便于每周汇总。');
      const made = answerTo(page, 'POST', /^\/api\/suggestions$/);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      const suggestion = await expectStatus(made, 200, 'making a suggestion');
      await page.waitForURL(new RegExp(`/suggestions/${suggestion.id}$`));
      await page.getByTestId('suggestion-content').waitFor();
      await expectNoSidewaysScroll(page, 'the suggestion');

      // The manager adopts it from 待办.
      await page.context().clearCookies();
      await signIn(page, 'manager_east');
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      const approvals = page.getByTestId('todo-section-approvals.waiting');
      await approvals.waitFor();
      const row = approvals.getByTestId('todo-row').filter({ hasText: suggestion.number }).first();
      await row.waitFor();
      expect((await row.textContent()).includes('赵磊'), 'the row names the maker');
      await row.getByTestId('todo-approve').click();
      const adopted = answerTo(page, 'POST', /^\/api\/approvals\/[0-9a-f-]{36}\/approve$/);
      const dialog = page.locator('.ant-modal').last();
      await whenOpened(dialog);
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await expectStatus(adopted, 200, 'adopting the suggestion');

      // rep01's points show the award.
      await page.context().clearCookies();
      await signIn(page, 'rep01');
      await page.waitForURL(/\/today$/);
      await page.goto(`${base}/suggestions/${suggestion.id}`);
      await page.getByText('采纳奖励积分 30 分').waitFor();
      await page.goto(`${base}/points`);
      const lots = page.getByTestId('points-lots');
      await lots.waitFor();
      await lots.getByText(suggestion.number).first().waitFor();
      await expectNoSidewaysScroll(page, 'my points');
    },
  },
];
