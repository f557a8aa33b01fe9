// The rep's day on a phone (390 × 844, touch, the phone's position granted at a fixed point),
// VIS-4 … VIS-6: rep01 opens 今日, taps today's visit, checks in with the position, takes a photo,
// checks out and writes the visit report with a commitment; sup_east1 reviews it from 待办. Every
// page visited fits the screen's width. Without the permission to locate, the check-in says plainly
// that there is no location — and records none.
import {
  answerTo,
  base,
  confirmPopover,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SHANGHAI = { latitude: 31.2304, longitude: 121.4737, accuracy: 20 };

/** A 1×1 PNG, as the camera input would hand it over. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Today in the company's zone (Asia/Shanghai), YYYY-MM-DD. */
function companyDay(offsetDays = 0) {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(at);
}

/** Opens the first visit not yet made from a list of visit cards (今日 or the visit list). */
async function openVisitFrom(page, cards) {
  await cards.waitFor();
  const card = cards
    .getByTestId('visit-card')
    .filter({ hasText: /已计划|已准备/ })
    .first();
  await card.waitFor();
  await card.click();
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/);
  await page.getByTestId('visit-page').waitFor();
  await expectNoSidewaysScroll(page, 'the visit page');
}

export const tests = [
  {
    name: 'VIS-4/VIS-5 on a phone: 今日 → today’s visit → check in with the position → a photo → check out → the report; the supervisor approves it from 待办',
    context: { ...PHONE, geolocation: SHANGHAI, permissions: ['geolocation'] },
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL(/\/today$/);
      await page.getByTestId('today-page').waitFor();
      await expectNoSidewaysScroll(page, '今日');
      await openVisitFrom(page, page.getByTestId('today-visits'));
      const customerName = (await page.getByTestId('visit-customer').textContent()).trim();
      const checkedIn = answerTo(page, 'POST', /^\/api\/visits\/[0-9a-f-]{36}\/check-in$/);
      await page.getByTestId('visit-check-in').click();
      const visit = await expectStatus(checkedIn, 200, 'the check-in');
      expect(visit.checkIn.location === 'ok', `the position was sent: ${JSON.stringify(visit.checkIn)}`);
      const stamp = page.getByTestId('visit-checkIn-stamp');
      await stamp.waitFor();
      const inText = await stamp.textContent();
      expect(
        inText.includes('位置 31.23040, 121.47370（±20 米）'),
        `the check-in's position shows: ${inText}`,
      );
      await expectNoSidewaysScroll(page, 'the visit under way');

      const uploaded = answerTo(page, 'POST', /^\/api\/visits\/[0-9a-f-]{36}\/photos$/);
      await page.getByTestId('visit-photo-input').setInputFiles({
        name: '门头.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await expectStatus(uploaded, 200, 'the photo');
      await page.getByTestId('visit-photo').first().waitFor();
      await expectNoSidewaysScroll(page, 'the visit with a photo');

      await page.getByTestId('visit-outcome-input').fill('客户确认下月追加订单，需要新品报价');
      const checkedOut = answerTo(page, 'POST', /^\/api\/visits\/[0-9a-f-]{36}\/check-out$/);
      await page.getByTestId('visit-check-out').click();
      await expectStatus(checkedOut, 200, 'the check-out');
      const outStamp = page.getByTestId('visit-checkOut-stamp');
      await outStamp.waitFor();
      const outText = await outStamp.textContent();
      expect(outText.includes('位置 31.23040, 121.47370（±20 米）'), `the check-out's position: ${outText}`);
      expect(
        (await page.getByTestId('visit-status').first().textContent()) === '已完成',
        'the visit is done',
      );
      expect(
        (await page.getByTestId('visit-outcome').textContent()).includes('追加订单'),
        'the outcome shows',
      );
      await expectNoSidewaysScroll(page, 'the visit done');

      // VIS-5: the report, from the visit made.
      await page.getByTestId('visit-report-link').click();
      await page.waitForURL(/\/visits\/[0-9a-f-]{36}\/report$/);
      const form = page.getByTestId('report-form');
      await form.waitFor();
      await expectNoSidewaysScroll(page, 'the report form');

      await form.getByTestId('purpose-achieved').getByText('部分达成').click();
      await form.getByTestId('customer-situation').fill('产线扩建，三季度增加采购');
      await form.getByTestId('next-steps').fill('下周送样并报价');
      await form.getByTestId('commitment-add').click();
      const draft = form.getByTestId('commitment-draft').first();
      await draft.getByTestId('commitment-content').fill('三天内寄送新款样品');
      // The deadline from the picker's panel (a phone's picker opens without the keyboard).
      await draft.locator('.ant-picker input').click();
      const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
      await panel
        .locator(`td[title="${companyDay(3)}"]`)
        .first()
        .click();
      await panel.locator('.ant-picker-ok button').click();
      await draft.getByTestId('commitment-check').fill('客户签收单');
      await expectNoSidewaysScroll(page, 'the report form with a commitment');

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
      await expectNoSidewaysScroll(page, 'the submitted report');

      // sup_east1: the review is in 待办 with the customer; the report opens and is approved.
      await page.context().clearCookies();
      await signIn(page, 'sup_east1');
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      const approvals = page.getByTestId('todo-section-approvals.waiting');
      await approvals.waitFor();
      const row = approvals
        .getByTestId('todo-row')
        .filter({ hasText: `审批拜访报告：${customerName}` })
        .first();
      await row.waitFor();
      expect((await row.textContent()).includes('申请人 赵磊'), 'the review names the rep');
      await expectNoSidewaysScroll(page, '待办 (sup_east1)');
      await row.getByTestId('todo-open').click();
      await page.waitForURL(new RegExp(`/visit-reports/${report.id}$`));
      await page.getByTestId('report-view').waitFor();
      await expectNoSidewaysScroll(page, 'the report under review');
      await page.getByTestId('approval-approve').click();
      const dialog = page.getByTestId('approval-decision');
      await whenOpened(dialog);
      const approved = answerTo(page, 'POST', /^\/api\/approvals\/[0-9a-f-]{36}\/approve$/);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await expectStatus(approved, 200, 'approving the report');
      await page.getByTestId('report-status').filter({ hasText: '已通过' }).waitFor();
      await expectNoSidewaysScroll(page, 'the approved report');
    },
  },
  {
    name: 'visits on a phone: with the position refused the check-in records “no location” and no coordinates',
    context: { ...PHONE },
    async run(page) {
      await signIn(page, 'rep07');
      await page.waitForURL(/\/today$/);
      await page.goto(`${base}/visits`);
      await expectNoSidewaysScroll(page, 'the visit list');
      await openVisitFrom(page, page.getByTestId('visit-cards'));
      const checkedIn = answerTo(page, 'POST', /^\/api\/visits\/[0-9a-f-]{36}\/check-in$/);
      await page.getByTestId('visit-check-in').click();
      const visit = await expectStatus(checkedIn, 200, 'the check-in');
      const sent = JSON.parse((await checkedIn).request().postData());
      expect(
        sent.location === 'denied' && sent.lat === undefined && sent.lng === undefined,
        `no coordinates are sent: ${JSON.stringify(sent)}`,
      );
      expect(visit.checkIn.lat === null, 'none are recorded');
      const stamp = page.getByTestId('visit-checkIn-stamp');
      await stamp.waitFor();
      const text = await stamp.textContent();
      expect(text.includes('未获取位置：已拒绝'), `the check-in says there is no location: ${text}`);
      await expectNoSidewaysScroll(page, 'the visit without a location');
    },
  },
];
