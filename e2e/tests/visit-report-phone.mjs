// VIS-5/VIS-6 on a phone: the rep writes the visit report (with a commitment) from 待办 and submits
// it; the supervisor opens it from 待办 and approves it. At 390 px no page is wider than the screen.
import {
  answerTo,
  base,
  confirmPopover,
  expect,
  expectStatus,
  PASSWORD,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The page fits the phone's width: nothing scrolls sideways. */
async function fitsTheScreen(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(
    scrollWidth <= innerWidth,
    `${where}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen`,
  );
}

/** A call to the API in the browser context's session (its cookies), as the app itself calls it. */
async function call(page, method, url, data) {
  const res = await page.request.fetch(`${base}${url}`, {
    method,
    headers: { origin: base },
    ...(data === undefined ? {} : { data }),
  });
  let body = null;
  try {
    body = await res.json();
  } catch {
    // no JSON
  }
  return { status: res.status(), body };
}

/** Today in the company's zone (Asia/Shanghai), YYYY-MM-DD. */
function companyDay(offsetDays = 0) {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(at);
}

/**
 * A visit rep01 made today, through the visit routes: an ad hoc visit at one of rep01's customers,
 * checked in and out without a position ('denied'); check-out emits visit.done, which opens the
 * report. Returns null when this build has no visit routes yet.
 * TODO(merge): the visit core (create, check-in, check-out) lands with the visits slice; align the
 * bodies below with its schemas if they differ, and drop the null path once the routes are there.
 */
async function doneVisitOfRep01(page) {
  const login = await call(page, 'POST', '/api/auth/login', { username: 'rep01', password: PASSWORD });
  expect(login.status === 200, `rep01 signs in through the API: ${login.status}`);
  const customers = await call(page, 'GET', '/api/customers?pageSize=1');
  expect(customers.status === 200 && customers.body.items.length > 0, 'rep01 has a customer in the demo');
  const customer = customers.body.items[0];
  const created = await call(page, 'POST', '/api/visits', {
    customerId: customer.id,
    purpose: 'maintenance',
    plannedOn: companyDay(),
  });
  if (created.status === 404) return null;
  expect(created.status === 200, `an ad hoc visit: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id;
  const checkIn = await call(page, 'POST', `/api/visits/${id}/check-in`, { location: 'denied' });
  expect(checkIn.status === 200, `check-in: ${checkIn.status} ${JSON.stringify(checkIn.body)}`);
  const checkOut = await call(page, 'POST', `/api/visits/${id}/check-out`, {
    location: 'denied',
    outcome: '客户设备运行正常，提出交期要求',
  });
  expect(checkOut.status === 200, `check-out: ${checkOut.status} ${JSON.stringify(checkOut.body)}`);
  return { visitId: id, customerName: customer.name };
}

export const tests = [
  {
    name: 'visit report on a phone: rep01 writes the report with a commitment from 待办; sup_east1 approves it from 待办',
    context: phone,
    async run(page) {
      const visit = await doneVisitOfRep01(page);
      if (!visit) {
        console.log('     (skipped: no visit routes in this build yet — see the TODO(merge) above)');
        return;
      }

      // rep01: 待办 lists the report to write, with the customer; it opens the form.
      await page.goto(`${base}/todo`);
      const toWrite = page.getByTestId('todo-section-visits.reportsToWrite');
      await toWrite.waitFor();
      expect(
        (await toWrite.textContent()).includes(visit.customerName),
        'the report to write names the customer',
      );
      await fitsTheScreen(page, '待办 (rep01)');
      await toWrite
        .getByRole('link', { name: new RegExp(`填写拜访报告：${visit.customerName}`) })
        .first()
        .click();
      await page.waitForURL(new RegExp(`/visits/${visit.visitId}/report$`));
      const form = page.getByTestId('report-form');
      await form.waitFor();
      await fitsTheScreen(page, 'the report form');

      await form.getByTestId('purpose-achieved').getByText('部分达成').click();
      await form.getByTestId('customer-situation').fill('产线扩建，三季度增加采购');
      await form.getByTestId('next-steps').fill('下周送样并报价');
      await form.getByTestId('commitment-add').click();
      const draft = form.getByTestId('commitment-draft').first();
      await draft.getByTestId('commitment-content').fill('三天内寄送新款样品');
      const due = draft.locator('.ant-picker input');
      await due.click();
      await due.fill(`${companyDay(3)} 17:00`);
      await due.press('Enter');
      await draft.getByTestId('commitment-check').fill('客户签收单');
      await fitsTheScreen(page, 'the report form with a commitment');

      const submitted = answerTo(page, 'POST', /^\/api\/visits\/[0-9a-f-]{36}\/report\/submit$/);
      await form.getByTestId('report-submit').click();
      await confirmPopover(page);
      const report = await expectStatus(submitted, 200, 'submitting the report');
      expect(report.status === 'submitted', `the report is submitted: ${report.status}`);
      expect(report.commitments[0]?.status === 'open', 'its commitment is tracked');
      await page.getByTestId('report-view').waitFor();
      expect(
        (await page.getByTestId('report-status').textContent()) === '待审阅',
        'the report awaits review',
      );
      await page.getByTestId('commitment-card').first().waitFor();
      await fitsTheScreen(page, 'the submitted report');

      // sup_east1: the review is in 待办 with the customer; the report opens and is approved.
      await page.context().clearCookies();
      await signIn(page, 'sup_east1');
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      const approvals = page.getByTestId('todo-section-approvals.waiting');
      await approvals.waitFor();
      const row = approvals.locator('tr', { hasText: `审批拜访报告：${visit.customerName}` }).first();
      await row.waitFor();
      expect((await row.textContent()).includes('申请人 赵磊'), 'the review names the rep');
      await fitsTheScreen(page, '待办 (sup_east1)');
      await row.getByTestId('todo-open').click();
      await page.waitForURL(new RegExp(`/visit-reports/${report.id}$`));
      await page.getByTestId('report-view').waitFor();
      await fitsTheScreen(page, 'the report under review');
      await page.getByTestId('approval-approve').click();
      const dialog = page.getByTestId('approval-decision');
      await whenOpened(dialog);
      const approved = answerTo(page, 'POST', /^\/api\/approvals\/[0-9a-f-]{36}\/approve$/);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await expectStatus(approved, 200, 'approving the report');
      await page.getByTestId('report-status').filter({ hasText: '已通过' }).waitFor();
      await fitsTheScreen(page, 'the approved report');

      // The commitments page: the supervisor sees the rep's commitment, as cards.
      await page.goto(`${base}/visit-commitments?box=all`);
      await page.getByTestId('commitment-cards-all').getByText('三天内寄送新款样品').first().waitFor();
      await fitsTheScreen(page, 'the commitments list');
    },
  },
];
