// The company's time: a browser in Los Angeles still shows and picks times on the Shanghai clock
// (policy company.timeZone), because the web learns the zone from the server.
import { answerTo, base, expect, expectStatus, rowTexts, signIn, whenOpened } from '../helpers.mjs';

const COMPANY_ZONE = 'Asia/Shanghai';
const BROWSER_ZONE = 'America/Los_Angeles';

/** "2026-03-02 09:30:00" for an instant on a zone's wall clock. */
function wallClock(iso, timeZone) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}

export const tests = [
  {
    name: 'time zone: in a Los Angeles browser the customer timeline shows Shanghai times, and a follow-up is taken on the Shanghai clock',
    context: { timezoneId: BROWSER_ZONE },
    async run(page) {
      expect(
        (await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)) === BROWSER_ZONE,
        'the browser runs in Los Angeles',
      );
      await signIn(page, 'rep01');
      await page.getByTestId('nav-menu').waitFor();
      await page.goto(`${base}/customers`);
      const timeline = answerTo(page, 'GET', /^\/api\/customers\/[0-9a-f-]{36}\/timeline$/);
      await page.getByTestId('customer-link').first().click();
      const body = await expectStatus(timeline, 200, 'the timeline');
      const first = body.items[0];
      expect(first, 'the demo customer has a timeline');
      const shanghai = wallClock(first.at, COMPANY_ZONE);
      const losAngeles = wallClock(first.at, BROWSER_ZONE);
      const item = page.getByTestId('timeline-item').first();
      await item.waitFor();
      const text = await item.textContent();
      expect(text.includes(shanghai), `the first event reads ${shanghai} (Shanghai): ${text}`);
      expect(!text.includes(losAngeles), `the first event must not read ${losAngeles} (the browser's zone)`);

      // The follow-up form: "now" is Shanghai's now, and the picker says which clock it is on.
      const form = page.getByTestId('follow-up-form');
      const occurred = form.locator('.ant-picker input').first();
      await form.getByTestId('zone-hint').first().waitFor();
      expect(
        (await form.getByTestId('zone-hint').first().textContent()) === '北京时间',
        'the date-time picker names the company zone',
      );
      const shown = await occurred.inputValue();
      const nowShanghai = wallClock(new Date().toISOString(), COMPANY_ZONE).slice(0, 13); // to the hour
      expect(
        shown.slice(0, 13) === nowShanghai,
        `the occurred-at picker shows Shanghai's now (${nowShanghai}…), not the browser's: ${shown}`,
      );

      // A follow-up written now is stored at the real instant, not 15–16 hours off.
      await form.getByTestId('follow-up-content').fill('时区测试：洛杉矶浏览器里的跟进');
      const saved = answerTo(page, 'POST', /^\/api\/customers\/[0-9a-f-]{36}\/follow-ups$/);
      await form.getByTestId('follow-up-submit').click();
      const sent = JSON.parse((await saved).request().postData());
      const off = Math.abs(new Date(sent.occurredAt).getTime() - Date.now());
      expect(off < 5 * 60_000, `the follow-up was stored ${Math.round(off / 60_000)} minutes off now`);
    },
  },
  {
    name: 'time zone: a date-time picker opens at 09:00 company time, and the approvals list shows Shanghai times',
    context: { timezoneId: BROWSER_ZONE },
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.getByTestId('nav-menu').waitFor();
      const pending = answerTo(page, 'GET', /^\/api\/approvals\/pending$/);
      await page.goto(`${base}/approvals`);
      const body = await expectStatus(pending, 200, 'the pending approvals');
      expect(body.items.length > 0, 'sup_east1 has pending approvals in the demo');
      const table = page.locator('.ant-table').first();
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      const rows = await rowTexts(table);
      const shanghai = wallClock(body.items[0].submittedAt, COMPANY_ZONE);
      expect(
        rows[0].some((cell) => cell.includes(shanghai)),
        `the first approval was submitted at ${shanghai} (Shanghai): ${rows[0].join(' | ')}`,
      );
      expect(
        !rows[0].some((cell) => cell.includes(wallClock(body.items[0].submittedAt, BROWSER_ZONE))),
        'no time in the browser zone',
      );

      // A new instruction: picking a day gives 09:00 on that day, company time.
      await page.goto(`${base}/tasks`);
      await page.getByTestId('task-create').click();
      const form = page.getByTestId('task-create-form');
      await whenOpened(form); // a click while the dialog still zooms in focuses the picker without opening it
      await form.getByTestId('zone-hint').waitFor();
      await form.locator('.ant-picker').click();
      const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
      await panel.waitFor();
      await panel.locator('td.ant-picker-cell-in-view:not(.ant-picker-cell-disabled)').last().click();
      const value = await form.locator('.ant-picker input').inputValue();
      expect(/ 09:00$/.test(value), `the picked day opens at 09:00, not midnight: ${value}`);
    },
  },
];
