// 绩效面谈 (issue 16, INC-8): last month's close opened below-target cases; the supervisor opens one
// of their reps' cases from the menu, records the interview and agrees an improvement plan with
// the keyboard alone; the rep sees the case read-only on a phone, without sideways scrolling.
import {
  answerTo,
  apiInPage,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  openNav,
  signIn,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The case worked in the first test, read in the second. */
const chosen = { id: '', username: '', name: '' };

/** Replaces a date picker's text with the keyboard and confirms it with Enter. */
async function typeDate(page, testId, date) {
  const input = page.getByTestId(testId).locator('input').first();
  const target = (await input.count()) > 0 ? input : page.getByTestId(testId);
  await target.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(date);
  await page.keyboard.press('Enter');
}

export const tests = [
  {
    name: 'cases: sup_east1 opens a rep’s below-target case, records the interview and the improvement plan with the keyboard',
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const open = await apiInPage(page, 'GET', '/api/performance-cases?status=interview&pageSize=50');
      expect(open.status === 200, `the list: ${open.status}`);
      const mine = open.body.items.find((c) => c.superior?.username === 'sup_east1');
      expect(mine, `a case of sup_east1's reps: ${JSON.stringify(open.body.items).slice(0, 300)}`);
      Object.assign(chosen, { id: mine.id, username: mine.person.username, name: mine.person.displayName });

      await openNav(page, 'incentives', '/performance-cases');
      const table = page.getByTestId('cases-table');
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      const row = table
        .locator('tbody tr.ant-table-row')
        .filter({ hasText: chosen.name })
        .filter({ hasText: mine.month })
        .first();
      await row.click();
      const drawer = page.getByTestId('case-drawer');
      await drawer.getByTestId('case-figures').waitFor();
      expect((await drawer.getByTestId('case-steps').textContent()).includes('约谈'), 'the steps are shown');

      // 约谈: the notes typed, Ctrl+Enter sends the form.
      await drawer.getByTestId('interview-notes').focus();
      await page.keyboard.type('本月回款未达标：两家重点客户付款推迟；约定加强拜访与催收。');
      const interviewed = answerTo(page, 'POST', /^\/api\/performance-cases\/[^/]+\/interview$/);
      await page.keyboard.press('ControlOrMeta+Enter');
      const afterInterview = await expectStatus(interviewed, 200, 'recording the interview');
      expect(afterInterview.status === 'plan', `after the interview: ${afterInterview.status}`);

      // 改进计划: two actions typed, the second row added and filled with the keyboard, then agreed.
      await drawer.getByTestId('plan-form').waitFor();
      await drawer.getByTestId('plan-action-0').focus();
      await page.keyboard.type('每周拜访三家重点客户');
      await drawer.getByTestId('plan-add-row').focus();
      await page.keyboard.press('Enter');
      await drawer.getByTestId('plan-action-1').waitFor();
      await drawer.getByTestId('plan-action-1').focus();
      await page.keyboard.type('两周内催回两笔到期款');
      await typeDate(page, 'plan-due-1', '2030-01-15');
      const planned = answerTo(page, 'POST', /^\/api\/performance-cases\/[^/]+\/plan$/);
      await drawer.getByTestId('plan-agree').focus();
      await page.keyboard.press('Enter');
      const afterPlan = await expectStatus(planned, 200, 'agreeing the plan');
      expect(
        afterPlan.actions.length === 2 &&
          afterPlan.actions[0].owner.username === chosen.username &&
          afterPlan.actions[1].dueOn === '2030-01-15',
        `the plan: ${JSON.stringify(afterPlan.actions)}`,
      );
      expect(['outcome', 'review'].includes(afterPlan.status), `after the plan: ${afterPlan.status}`);
      await drawer.getByTestId('plan-actions').waitFor();
    },
  },
  {
    name: 'cases: the rep sees their case read-only at 390×844, with no sideways scroll',
    context: phone,
    async run(page) {
      expect(chosen.id, 'the first test chose a case');
      await signIn(page, chosen.username);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/performance-cases?id=${chosen.id}`);
      const drawer = page.getByTestId('case-drawer');
      await drawer.getByTestId('interview-notes-text').waitFor();
      expect(
        (await drawer.getByTestId('interview-notes-text').textContent()).startsWith('本月回款未达标'),
        'the interview notes',
      );
      await drawer.getByTestId('plan-actions').waitFor();
      for (const form of ['interview-form', 'plan-form', 'decision-form', 'outcome-form']) {
        expect((await drawer.getByTestId(form).count()) === 0, `no ${form} for the person`);
      }
      await expectNoSidewaysScroll(page, 'the case drawer');
      // Their own cases only.
      const list = await apiInPage(page, 'GET', '/api/performance-cases?pageSize=50');
      expect(
        list.body.items.every((c) => c.person.username === chosen.username),
        `the rep's list: ${JSON.stringify(list.body.items.map((c) => c.person.username))}`,
      );
    },
  },
];
