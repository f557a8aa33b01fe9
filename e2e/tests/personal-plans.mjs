// 个人销售计划 (issue 15, point 3; PLAN-4): a rep writes next month's sales plan on a phone — their
// targets shown read-only, a key customer and an action added in the drawer from the bottom, how
// they will reach the targets, submission — without the page scrolling sideways; the direct
// superior sees the team's plans with the missing ones flagged, opens the plan and approves it.
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

/** Saves the item drawer and waits for the plan the server answers. */
async function saveItem(page) {
  const drawer = page.getByTestId('item-drawer');
  const saved = answerTo(page, 'PUT', /^\/api\/personal-plans\/[^/]+$/);
  await drawer.getByTestId('item-save').click();
  const plan = await expectStatus(saved, 200, 'saving the item');
  await drawer.waitFor({ state: 'hidden' });
  return plan;
}

export const tests = [
  {
    name: 'personal plans: rep02 writes and submits next month’s sales plan at 390×844, with no sideways scroll',
    context: phone,
    async run(page) {
      await signIn(page, 'rep02');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/personal-plans`);
      await page.getByTestId('my-plan-due').waitFor();
      // PLAN-4: the targets are read from the target tree, not typed.
      await page.getByTestId('plan-targets').waitFor();
      await expectNoSidewaysScroll(page, 'no plan yet');

      const created = answerTo(page, 'POST', /^\/api\/personal-plans$/);
      await page.getByTestId('plan-create').click();
      const fresh = await expectStatus(created, 200, 'creating the plan');
      expect(
        fresh.kind === 'monthly' && fresh.status === 'draft',
        `the plan: ${JSON.stringify(fresh).slice(0, 200)}`,
      );
      await page.getByTestId('plan-view').waitFor();
      await page.getByTestId('plan-visits').waitFor();
      await expectNoSidewaysScroll(page, 'an empty draft');

      // A key customer of rep02's own, with what it should bring.
      await page.getByTestId('item-add').click();
      const drawer = page.getByTestId('item-drawer');
      await drawer.getByTestId('item-ref').click();
      await pickOption(page);
      await drawer.getByTestId('item-expected').fill('120000');
      await expectNoSidewaysScroll(page, 'the item drawer');
      let plan = await saveItem(page);
      expect(
        plan.items.length === 1 &&
          plan.items[0].kind === 'customer' &&
          plan.items[0].expectedFen === '12000000',
        `the item: ${JSON.stringify(plan.items)}`,
      );

      // An action.
      await page.getByTestId('item-add').click();
      await drawer.getByTestId('item-kind').getByText('行动').click();
      await drawer.getByTestId('item-note').fill('拜访三家老客户，推介新产品');
      plan = await saveItem(page);
      expect(plan.items.length === 2, `two items: ${JSON.stringify(plan.items)}`);
      expect((await page.getByTestId('plan-item-card').count()) === 2, 'two item cards');

      // How the targets will be reached.
      await page.getByTestId('plan-approach').fill('以老客户续约为主，每周新增两家潜在客户');
      const approach = answerTo(page, 'PUT', /^\/api\/personal-plans\/[^/]+$/);
      await page.getByTestId('approach-save').click();
      plan = await expectStatus(approach, 200, 'saving the approach');
      expect(
        plan.items.length === 2 && plan.approach.startsWith('以老客户'),
        'the approach kept with the items',
      );
      await expectNoSidewaysScroll(page, 'a plan with items');

      // Submitted to the direct superior (呈主管核定).
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
    name: 'personal plans: the supervisor sees the team’s plans with the missing ones flagged, and approves rep02’s',
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/team-personal-plans`);
      const table = page.getByTestId('team-plans');
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      const rows = table.locator('tbody tr.ant-table-row');
      expect((await rows.count()) === 3, `three reps: ${await rows.count()}`);
      const rep02 = rows.filter({ hasText: '钱芳' });
      expect((await rep02.textContent()).includes('已提交'), `rep02's row: ${await rep02.textContent()}`);
      // PLAN-4: rep01 and rep03 have none: flagged red.
      const missing = rows.filter({ hasText: '赵磊' }).getByTestId('plan-status');
      expect((await missing.textContent()) === '未提交', `rep01: ${await missing.textContent()}`);
      expect((await missing.evaluate((el) => el.className)).includes('red'), 'a missing plan is flagged red');

      await rep02.getByRole('link', { name: '查看' }).click();
      await page.waitForURL(/\/personal-plans\/[0-9a-f-]{36}$/);
      await page.getByTestId('plan-targets').waitFor();
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
];
