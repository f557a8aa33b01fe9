// VIS-4 on a phone (390 × 844): the rep opens today's visit, checks in with the phone's position,
// takes a photo and checks out; every page fits the screen's width. Without the permission to
// locate, the check-in says plainly that there is no location — and records none.
import { answerTo, base, expect, expectStatus, signIn } from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SHANGHAI = { latitude: 31.2304, longitude: 121.4737, accuracy: 20 };

/** A 1×1 PNG, as the camera input would hand it over. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The page is no wider than the phone's screen: nothing to scroll sideways. */
async function fitsTheScreen(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth <= innerWidth, `${where}: ${scrollWidth} px wide on a ${innerWidth} px screen`);
}

/** Opens the visit list (today's visits, as cards) and the first visit not yet made by its card. */
async function openTodaysVisit(page) {
  await page.goto(`${base}/visits`);
  const cards = page.getByTestId('visit-cards');
  await cards.waitFor();
  await fitsTheScreen(page, 'the visit list');
  const card = cards
    .getByTestId('visit-card')
    .filter({ hasText: /已计划|已准备/ })
    .first();
  await card.waitFor();
  await card.click();
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/);
  await page.getByTestId('visit-page').waitFor();
  await fitsTheScreen(page, 'the visit page');
}

export const tests = [
  {
    name: 'visits on a phone: today’s visit → check in with the position → a photo → check out; the position shows',
    context: { ...PHONE, geolocation: SHANGHAI, permissions: ['geolocation'] },
    async run(page) {
      await signIn(page, 'rep01');
      await page.getByTestId('nav-menu').waitFor();
      await fitsTheScreen(page, 'the home page');
      await openTodaysVisit(page);

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
      await fitsTheScreen(page, 'the visit under way');

      const uploaded = answerTo(page, 'POST', /^\/api\/visits\/[0-9a-f-]{36}\/photos$/);
      await page.getByTestId('visit-photo-input').setInputFiles({
        name: '门头.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await expectStatus(uploaded, 200, 'the photo');
      await page.getByTestId('visit-photo').first().waitFor();
      await fitsTheScreen(page, 'the visit with a photo');

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
      await fitsTheScreen(page, 'the visit done');
    },
  },
  {
    name: 'visits on a phone: with the position refused the check-in records “no location” and no coordinates',
    context: { ...PHONE },
    async run(page) {
      await signIn(page, 'rep07');
      await page.getByTestId('nav-menu').waitFor();
      await openTodaysVisit(page);
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
      await fitsTheScreen(page, 'the visit without a location');
    },
  },
];
