// 统计报表 (issue 15, point 7; OPS-4): last month's report is made by the monthly job for the sales
// manager, who opens it from the menu, sees the figures the API gives with month-on-month and
// year-on-year, writes the analysis and opens the printable page.
import { answerTo, base, expect, expectStatus, openNav, PASSWORD, signIn } from '../helpers.mjs';

/** "¥1,234.56" as the web writes fen. */
const yuan = (fen) => {
  const v = BigInt(fen);
  const abs = v < 0n ? -v : v;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${v < 0n ? '-' : ''}¥${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
};

export const tests = [
  {
    name: 'stat reports: the monthly job makes last month’s report; manager_east opens it, sees the API’s figures, analyses and prints it',
    async run(page) {
      // The job as it runs on the first working day (here run now, as the administrator may).
      const admin = await page.request.post(`${base}/api/auth/login`, {
        data: { username: 'admin', password: PASSWORD },
      });
      expect(admin.status() === 200, `admin sign-in answered ${admin.status()}`);
      const run = await page.request.post(`${base}/api/jobs/stat_reports.monthly/run`, { data: {} });
      expect(run.status() === 200, `running the job answered ${run.status()}: ${await run.text()}`);
      const outcome = await run.json();
      expect(outcome.result === 'ok', `the job: ${JSON.stringify(outcome)}`);
      await page.request.post(`${base}/api/auth/logout`, { data: {} });
      await page.context().clearCookies();

      await signIn(page, 'manager_east');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await openNav(page, 'plans', '/stat-reports');
      const list = page.getByTestId('report-list');
      await list.locator('tbody tr.ant-table-row').first().waitFor();
      const rows = await list.locator('tbody tr.ant-table-row').allTextContents();
      expect(
        rows.length === 1 &&
          rows[0].includes('华东销售部') &&
          rows[0].includes('月报') &&
          rows[0].includes('待分析'),
        `the list: ${rows.join(' | ')}`,
      );

      const opened = answerTo(page, 'GET', /^\/api\/stat-reports\/[^/]+$/);
      await list.getByTestId('report-link').first().click();
      const report = await expectStatus(opened, 200, 'opening the report');
      const title = await page.getByTestId('report-title').textContent();
      expect(title.includes('华东销售部') && title.includes('月度统计报表'), `the title: ${title}`);
      // The figures are the API's: the amounts in yuan, the counts as they are, with the trends.
      const total = report.figures.total.figures;
      const collected = await page.getByTestId('summary-collectedAmount').textContent();
      expect(
        collected === yuan(total.collectedAmount.current),
        `collected ${collected} vs ${total.collectedAmount.current}`,
      );
      const visits = await page.getByTestId('summary-visits').textContent();
      expect(visits === Number(total.visits.current).toLocaleString('en-US'), `visits ${visits}`);
      const signed = await page.getByTestId('summary-signedAmount').textContent();
      expect(signed === yuan(total.signedAmount.current), `signed ${signed}`);
      const trend = await page.getByTestId('mom-collectedAmount').getAttribute('data-trend');
      const pct = total.collectedAmount.momPct;
      const expected = pct === null ? 'none' : pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat';
      expect(trend === expected, `the MoM arrow is ${trend}, the API says ${pct}`);
      await page.getByTestId('report-units').getByText('华东一组').waitFor();

      // The analysis (主管作完分析报告).
      await page.getByTestId('analysis-edit').click();
      await page.getByTestId('analysis-input').fill('回款环比变化主要来自华东二组，下月重点跟进逾期款项。');
      const saved = answerTo(page, 'PATCH', /^\/api\/stat-reports\/[^/]+$/);
      await page
        .getByTestId('analysis-form')
        .getByRole('button', { name: /保\s*存/ })
        .click();
      await expectStatus(saved, 200, 'saving the analysis');
      await page.getByTestId('analysis-text').filter({ hasText: '下月重点跟进逾期款项' }).waitFor();

      // The printable page: the same figures and the analysis; printing shows only the report.
      await page.getByTestId('report-print-link').click();
      const sheet = page.getByTestId('stat-print');
      await sheet.waitFor();
      const printed = await page.getByTestId('print-collectedAmount').textContent();
      expect(printed.includes(yuan(total.collectedAmount.current)), `printed: ${printed}`);
      expect(
        (await page.getByTestId('print-analysis').textContent()).includes('下月重点跟进逾期款项'),
        'the analysis is on the printed page',
      );
      expect((await sheet.textContent()).includes('北京时间 UTC+8'), 'the zone is named');
      await page.evaluate(() => {
        window.print = () => {
          window.__printed = true;
        };
      });
      await page.getByTestId('print-button').click();
      expect(await page.evaluate(() => window.__printed === true), 'the print button prints');
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.getByTestId('nav-menu').evaluate((el) => getComputedStyle(el).visibility);
      const shown = await sheet.evaluate((el) => getComputedStyle(el).visibility);
      expect(
        hidden === 'hidden' && shown === 'visible',
        `in print the menu is ${hidden}, the report ${shown}`,
      );
      await page.emulateMedia({ media: 'screen' });
    },
  },
];
