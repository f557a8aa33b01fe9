// 拜访达成 and 拜访日历 (issue 14, points 5 and 6): last month's figures with the chart and the
// visits behind them; the calendar with its visits; both at 390 px on a phone without sideways scroll.
import {
  answerTo,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  openNav,
  openUserMenuItem,
  rowTexts,
  signIn,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The month before this one on the company's (Shanghai) clock, YYYY-MM: the demo's visit history. */
function lastMonth() {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Waits for the calendar's answer for a range that covers the whole month (YYYY-MM). */
function calendarOf(page, month) {
  return page.waitForResponse((r) => {
    const url = new URL(r.url());
    if (r.request().method() !== 'GET' || url.pathname !== '/api/visit-calendar') return false;
    return url.searchParams.get('from') <= `${month}-01` && url.searchParams.get('to') >= `${month}-28`;
  });
}

async function enter(page, username) {
  await signIn(page, username);
  await page.getByTestId('nav-menu').waitFor();
  await openUserMenuItem(page, 'lang-zh');
  await page.getByTestId('nav-menu').getByText('首页', { exact: true }).waitFor();
}

export const tests = [
  {
    name: 'visit compliance: sup_east1 sees last month per rep with the chart, opens a rep’s visits, and may export',
    async run(page) {
      await enter(page, 'sup_east1');
      const answer = answerTo(page, 'GET', /^\/api\/visit-compliance$/);
      await openNav(page, 'visits', '/visits/compliance');
      await expectStatus(answer, 200, 'this month’s compliance');
      const month = lastMonth();
      const figures = answerTo(page, 'GET', /^\/api\/visit-compliance$/);
      await page.goto(`${base}/visits/compliance?month=${month}`);
      const body = await expectStatus(figures, 200, `compliance ${month}`);
      const rep01 = body.items.find((r) => r.rep.username === 'rep01');
      expect(rep01 && rep01.planned > 0, `rep01 has a plan for ${month}: ${JSON.stringify(rep01)}`);
      await page.getByTestId('visit-compliance-chart').locator('canvas').first().waitFor();
      const table = page.getByTestId('compliance-table');
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      const rows = await rowTexts(table);
      const zhao = rows.find((r) => r[0] === '赵磊');
      expect(zhao, `a row for 赵磊: ${JSON.stringify(rows)}`);
      expect(zhao[2] === String(rep01.planned), `planned ${zhao[2]} vs ${rep01.planned}`);
      expect(zhao[4].includes(`${rep01.completionPct.toFixed(1)}%`), `completion: ${zhao[4]}`);
      expect(await page.getByTestId('export-button').isVisible(), 'the export button');
      // The rep's month: the visits behind the figures.
      const theirs = answerTo(page, 'GET', /^\/api\/visit-compliance\/[0-9a-f-]{36}$/);
      await table.getByTestId('compliance-rep').filter({ hasText: '赵磊' }).click();
      const detail = await expectStatus(theirs, 200, 'rep01’s month');
      const visits = page.getByTestId('rep-visits');
      await visits.locator('tbody tr.ant-table-row').first().waitFor();
      const listed = await rowTexts(visits);
      expect(
        listed.length === detail.visits.length,
        `${listed.length} visits listed, ${detail.visits.length} sent`,
      );
      expect(
        listed.some((r) => r.some((c) => c.includes('按时提交'))),
        'a report on time is marked',
      );
    },
  },
  {
    name: 'visit calendar: rep01’s month view shows last month’s visits, coloured by status',
    async run(page) {
      await enter(page, 'rep01');
      const week = answerTo(page, 'GET', /^\/api\/visit-calendar$/);
      await openNav(page, 'visits', '/visits/calendar');
      await expectStatus(week, 200, 'this week');
      await page.getByTestId('calendar-week').waitFor();
      await page.getByTestId('calendar-view').getByText('月', { exact: true }).click();
      await page.getByTestId('calendar-month').waitFor();
      const previous = calendarOf(page, lastMonth());
      await page.getByRole('button', { name: '上一页' }).click();
      const body = await expectStatus(previous, 200, 'last month');
      expect(body.visits.length > 0, 'last month has visits');
      const entry = page.getByTestId('calendar-visit').first();
      await entry.waitFor();
      const title = await entry.getAttribute('title');
      expect(/已完成|已计划/.test(title), `the entry names its status: ${title}`);
      const [y, m] = lastMonth().split('-');
      const shown = await page.getByTestId('calendar-range').textContent();
      expect(shown === `${y}年${Number(m)}月`, `the month shown: ${shown}`);
    },
  },
  {
    name: 'visit calendar and compliance at 390 px: rep01’s own month as cards, the week as a list of days, no sideways scroll',
    context: phone,
    async run(page) {
      await signIn(page, 'rep01');
      const figures = answerTo(page, 'GET', /^\/api\/visit-compliance\/[0-9a-f-]{36}$/);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/visits/compliance?month=${lastMonth()}`);
      await expectStatus(figures, 200, 'rep01’s own month');
      await page.getByTestId('rep-figures').waitFor();
      await page.getByTestId('rep-visit-card').first().waitFor();
      await expectNoSidewaysScroll(page, '拜访达成');

      await page.goto(`${base}/visits/calendar`);
      await page.getByTestId('calendar-day-list').waitFor();
      expect((await page.getByTestId('calendar-day').count()) === 7, 'seven days, one under another');
      await expectNoSidewaysScroll(page, '拜访日历 (week)');
      await page
        .getByTestId('calendar-view')
        .getByText(/^(月|Month)$/)
        .click();
      await page.getByTestId('calendar-month').waitFor();
      const previous = calendarOf(page, lastMonth());
      await page.getByRole('button', { name: /上一页|Previous/ }).click();
      const body = await expectStatus(previous, 200, 'last month');
      const day = body.visits[0]?.day;
      expect(day, 'last month has visits');
      const badge = page.getByTestId(`calendar-count-${day}`);
      await badge.waitFor();
      await badge.click();
      await page.getByTestId('calendar-picked-day').getByTestId('calendar-visit').first().waitFor();
      await expectNoSidewaysScroll(page, '拜访日历 (month)');
    },
  },
];
