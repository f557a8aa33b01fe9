// 拜访计划表 (issue 14, points 1 and 8): a rep writes next month's plan on a phone — line cards,
// a drawer to add a visit, submission — without the page scrolling sideways; the supervisor
// sees the team's plans side by side.
import {
  answerTo,
  base,
  confirmPopover,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  pickOption,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const tests = [
  {
    name: 'visit plans: rep03 writes and submits next month’s plan at 390×844, with no sideways scroll',
    context: phone,
    async run(page) {
      await signIn(page, 'rep03');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/visit-plans`);
      await page.getByTestId('my-plan-due').waitFor();
      await expectNoSidewaysScroll(page, 'no plan yet');

      const created = answerTo(page, 'POST', /^\/api\/visit-plans$/);
      await page.getByTestId('plan-create').click();
      await expectStatus(created, 200, 'creating the plan');
      await page.getByTestId('plan-view').waitFor();
      await expectNoSidewaysScroll(page, 'an empty draft');

      // A visit, added in the drawer from the bottom.
      await page.getByTestId('plan-lines').getByTestId('line-add').click();
      const drawer = page.getByTestId('line-drawer');
      await drawer.getByTestId('line-customer').click();
      await pickOption(page);
      await drawer.getByTestId('line-purpose').click();
      await pickOption(page, /^客户维护$/);
      await drawer.getByTestId('line-date').click();
      const day = page
        .locator('.ant-picker-dropdown:visible td.ant-picker-cell-in-view:not(.ant-picker-cell-disabled)')
        .nth(5);
      await whenOpened(day);
      await day.click();
      await drawer.getByTestId('line-hours').fill('1.5');
      const saved = answerTo(page, 'PUT', /^\/api\/visit-plans\/[^/]+\/lines$/);
      await drawer.getByTestId('line-save').click();
      const plan = await expectStatus(saved, 200, 'saving the line');
      expect(
        plan.lines.length === 1 && plan.lines[0].plannedMinutes === 90,
        `the line: ${JSON.stringify(plan.lines)}`,
      );
      const card = page.getByTestId('plan-line-card');
      await card.waitFor();
      expect((await card.textContent()).includes('1.5 小时'), `the card: ${await card.textContent()}`);
      await drawer.waitFor({ state: 'hidden' });
      await expectNoSidewaysScroll(page, 'a plan with a line card');

      // Submitted to the direct superior.
      const submitted = answerTo(page, 'POST', /^\/api\/approvals\/submit$/);
      await page.getByTestId('approval-submit').click();
      await confirmPopover(page);
      await expectStatus(submitted, 200, 'submitting the plan');
      await page.getByTestId('approval-current').waitFor();
      expect(
        (await page.getByTestId('approval-current').textContent()).includes('马超'),
        'waiting for sup_east1',
      );
      await page.getByTestId('plan-status').filter({ hasText: '已提交' }).first().waitFor();
      await expectNoSidewaysScroll(page, 'a submitted plan');
    },
  },
  {
    name: 'visit plans: the supervisor sees the team’s plans side by side, a rep without a plan as 未提交',
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/team-visit-plans`);
      const grid = page.getByTestId('team-grid');
      await grid.waitFor();
      const cards = grid.getByTestId('team-plan');
      expect((await cards.count()) === 3, `three reps: ${await cards.count()}`);
      const text = await grid.textContent();
      expect(text.includes('赵磊') && text.includes('钱芳') && text.includes('孙浩'), `the reps: ${text}`);
      expect(text.includes('已提交'), `submitted plans: ${text}`);

      // VIS-2: the direct superior opens rep03's plan and approves it.
      await cards.filter({ hasText: '孙浩' }).getByRole('link', { name: '查看' }).click();
      await page.waitForURL(/\/visit-plans\/[0-9a-f-]{36}$/);
      const panel = page.getByTestId('approval-panel').first();
      await panel.getByTestId('approval-approve').click();
      const decision = page.getByTestId('approval-decision');
      await whenOpened(decision);
      const approved = answerTo(page, 'POST', /^\/api\/approvals\/[^/]+\/approve$/);
      await decision.getByRole('button', { name: /同\s*意/ }).click();
      await expectStatus(approved, 200, 'approving the plan');
      await page.getByTestId('plan-status').filter({ hasText: '已批准' }).first().waitFor();
    },
  },
  {
    name: 'visit plans: on a phone rep03 proposes a change of the approved plan, with a reason',
    context: phone,
    async run(page) {
      await signIn(page, 'rep03');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/visit-plans`);
      await page.getByTestId('change-propose').click();
      const drawer = page.getByTestId('change-drawer');
      await drawer.getByTestId('change-reason').fill('客户改期到下周');
      await expectNoSidewaysScroll(page, 'the change drawer');
      const sent = answerTo(page, 'POST', /^\/api\/visit-plans\/[^/]+\/changes$/);
      await drawer.getByTestId('change-send').click();
      const plan = await expectStatus(sent, 200, 'proposing the change');
      expect(plan.changes[0]?.status === 'pending', `the change: ${JSON.stringify(plan.changes[0])}`);
      await page.getByTestId('plan-change').first().waitFor();
      await expectNoSidewaysScroll(page, 'a plan with a change under review');
    },
  },
];
