// DOC-2 (借阅签字制) on a phone (390 × 844): rep01 asks to borrow a restricted document from the
// catalogue, the keeper (the east sales assistant) approves, and rep01 signs on the pad with a
// drawn stroke; the loan is then lent and the signature kept with it.
import {
  answerTo,
  apiInPage,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function as(page, username) {
  await page.context().clearCookies();
  await signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export const tests = [
  {
    name: 'DOC-2 on a phone: rep01 asks to borrow a restricted document, the keeper approves, rep01 signs on the pad',
    context: { ...PHONE },
    async run(page) {
      // The keeper catalogues a restricted document of the east sales department.
      await as(page, 'assistant_east');
      const made = await apiInPage(page, 'POST', '/api/documents', {
        title: '华东重点客户售后设备台账',
        category: 'internal_important',
        confidentiality: 'restricted',
      });
      expect(made.status === 200, `cataloguing answered ${made.status}: ${JSON.stringify(made.body)}`);
      const doc = made.body;

      // rep01 finds it in the catalogue (not readable) and asks to borrow it.
      await as(page, 'rep01');
      await page.goto(`${base}/documents`);
      const borrow = page.getByTestId(`borrow-${doc.number}`);
      await borrow.waitFor();
      await expectNoSidewaysScroll(page, 'the catalogue');
      await borrow.click();
      const form = page.getByTestId('borrow-form');
      await whenOpened(form);
      await form.getByTestId('borrow-purpose').fill('核对客户设备型号，准备上门维护');
      const asked = answerTo(page, 'POST', /^\/api\/document-borrows$/);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      const loan = await expectStatus(asked, 200, 'asking to borrow');
      await page.waitForURL(new RegExp(`/documents/borrows/${loan.id}$`));

      // The keeper approves.
      await as(page, 'assistant_east');
      await page.goto(`${base}/documents/borrows/${loan.id}`);
      const approved = answerTo(page, 'POST', /\/approve$/);
      await page.getByTestId('borrow-approve').click();
      await expectStatus(approved, 200, 'approving the loan');

      // rep01 signs on the pad.
      await as(page, 'rep01');
      await page.goto(`${base}/documents/borrows/${loan.id}`);
      const pad = page.getByTestId('signature-pad');
      await pad.waitFor();
      await expectNoSidewaysScroll(page, 'the signing page');
      const box = await pad.boundingBox();
      expect(box && box.width > 200, 'the pad spans the phone');
      await page.mouse.move(box.x + 30, box.y + 100);
      await page.mouse.down();
      for (let i = 1; i <= 12; i++)
        await page.mouse.move(box.x + 30 + i * 20, box.y + 100 + (i % 2 ? -40 : 30));
      await page.mouse.up();
      const signed = answerTo(page, 'POST', /\/sign$/);
      await page.getByTestId('borrow-sign').click();
      const after = await expectStatus(signed, 200, 'signing for the loan');
      expect(after.status === 'lent' && after.hasSignature, `the loan is ${after.status}`);
      await page.getByTestId('borrow-signature').waitFor();
      await page.getByTestId('borrow-status').getByText('已借出').waitFor();
      // The document opens for the borrower now.
      await page.goto(`${base}/documents/${doc.id}`);
      await page.getByText('华东重点客户售后设备台账').first().waitFor();
      await expectNoSidewaysScroll(page, 'the document');
    },
  },
];
