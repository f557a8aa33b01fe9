// 早会 on a phone (OPS-6) and the daily report (OPS-2): sup_east1 at 390 × 844 opens today's
// meeting of 华东一组, sees yesterday's figures (the unit's daily report), marks attendance with
// one tap per person (one late, with the arrival time), gives an assignment and closes the
// meeting; rep01 opens the daily report page.
import {
  answerTo,
  base,
  confirmPopover,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
} from '../helpers.mjs';

/** Signed in: the app has left the login page. */
async function signedIn(page, username) {
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const tests = [
  {
    name: 'OPS-6 on a phone: the supervisor opens today’s meeting, sees yesterday’s figures, marks one late and one present, assigns work, closes it',
    context: PHONE,
    async run(page) {
      await signedIn(page, 'sup_east1');
      await page.goto(`${base}/meetings`);
      const opened = answerTo(page, 'POST', /^\/api\/meetings\/open$/);
      await page.getByTestId('open-today').click();
      const meeting = await expectStatus(opened, 200, 'opening today’s meeting');
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      await page.getByTestId('meeting-title').waitFor();
      await expectNoSidewaysScroll(page, 'the meeting page');

      // Yesterday's figures: the unit's daily report of the previous working day, as the API gives them.
      expect(meeting.figures !== null, 'the meeting carries yesterday’s figures');
      const figures = page.getByTestId('meeting-figures');
      await figures.waitFor();
      for (const m of ['newCustomers', 'visits', 'contracts']) {
        const shown = (await figures.getByTestId(`figure-${m}`).textContent()).trim();
        expect(shown === String(meeting.figures[m]), `${m}: ${shown} shown, ${meeting.figures[m]} reported`);
      }

      // One tap per person: the first member not away is late (arrival time picked), the next present.
      const markable = page
        .getByTestId('attendance')
        .locator('[data-testid^="member-"]')
        .filter({ has: page.getByTestId('mark') });
      expect((await markable.count()) >= 2, 'two members to mark');
      const late = answerTo(page, 'POST', /^\/api\/meetings\/[0-9a-f-]{36}\/attendance$/);
      await markable.nth(0).getByText('迟到', { exact: true }).click();
      await page.getByTestId('late-ok').click();
      const afterLate = await expectStatus(late, 200, 'marking late');
      expect(
        afterLate.attendance.some((a) => a.status === 'late' && a.minutesLate > 0),
        'one member late',
      );
      const present = answerTo(page, 'POST', /^\/api\/meetings\/[0-9a-f-]{36}\/attendance$/);
      await markable.nth(1).getByText('出席', { exact: true }).click();
      await expectStatus(present, 200, 'marking present');

      // Today's work for a member: a task.
      await page.getByTestId('assignee').click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .first()
        .click();
      await page.getByTestId('assignment-content').fill('今天回访重点客户，确认报价');
      const assigned = answerTo(page, 'POST', /^\/api\/meetings\/[0-9a-f-]{36}\/assignments$/);
      await page.getByTestId('assign').click();
      const withTask = await expectStatus(assigned, 200, 'the assignment');
      expect(withTask.assignments.length === 1 && withTask.assignments[0].taskId, 'the assignment is a task');

      await page.getByTestId('content-problems').fill('报价周期偏长');
      const closed = answerTo(page, 'POST', /^\/api\/meetings\/[0-9a-f-]{36}\/close$/);
      await page.getByTestId('close-meeting').click();
      await confirmPopover(page);
      const done = await expectStatus(closed, 200, 'closing the meeting');
      expect(done.status === 'closed' && done.problems === '报价周期偏长', 'closed with its record');
      await page.getByTestId('meeting-status').filter({ hasText: '已关闭' }).waitFor();
    },
  },
  {
    name: 'OPS-2: rep01 opens the daily reports and reads one',
    context: PHONE,
    async run(page) {
      await signedIn(page, 'rep01');
      await page.goto(`${base}/daily-reports`);
      const link = page.getByTestId('report-link').first();
      await link.waitFor();
      await link.click();
      await page.waitForURL(/\/daily-reports\/[0-9a-f-]{36}$/);
      await page.getByTestId('report-title').waitFor();
      await page.getByTestId('day-figures').waitFor();
      await expectNoSidewaysScroll(page, 'the daily report page');
    },
  },
];
