// Recording money with less typing (AR-2/AR-4), finance confirming several payments at once, and
// a seal that does not leave without an approved request (Q2C-9).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  answerTo,
  apiInPage,
  base,
  confirmPopover,
  expect,
  expectStatus,
  pickOption,
  root,
  screenshots,
  signIn,
  whenOpened,
} from '../helpers.mjs';

/** "123456" fen → "¥1,234.56", as the app shows money. */
function yuan(fen) {
  const digits = BigInt(fen);
  const whole = (digits / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${whole}.${(digits % 100n).toString().padStart(2, '0')}`;
}

/** A JSON answer of the app's API, fetched from inside the page (its session, its origin). */
const api = (page, path, body) => apiInPage(page, body === undefined ? 'GET' : 'POST', path, body);

async function poll(read, want, what) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (last === want) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: ${JSON.stringify(last)}, expected ${JSON.stringify(want)}`);
}

export const tests = [
  {
    name: 'AR-4: rep01 records a payment — payer prefilled, open balances in the contract picker, amount formatted as typed — and finance confirms two at once, one refused for separation of duties',
    async run(page) {
      const browser = page.context().browser();
      const others = [];
      try {
        const rep = page;
        await signIn(rep, 'rep01');
        await rep.getByTestId('user-menu').waitFor();
        // A customer of rep01's with a signed contract that still has money open.
        const signed = (await api(rep, '/api/contracts?status=signed&kind=main&pageSize=50')).body;
        let pick = null;
        for (const c of signed.items) {
          const choices = (await api(rep, `/api/customers/${c.customer.id}/payment-choices`)).body;
          const open = choices.contracts?.find((x) => x.id === c.id && BigInt(x.openFen) > 10_000n);
          if (open) {
            pick = { customer: c.customer, contract: open, payer: choices.payer };
            break;
          }
        }
        expect(pick, 'rep01 has no signed contract with money open in the demo data');

        await rep.goto(`${base}/payments`);
        await rep.getByTestId('payment-record').click();
        const form = rep.getByTestId('payment-form');
        await whenOpened(form);
        await form.locator('#customerId').click(); // the customer picker, focused on opening
        await rep.keyboard.type(pick.customer.name.slice(0, 6));
        await pickOption(rep, pick.customer.name);
        // The payer comes from the customer.
        await poll(() => form.locator('#payer').inputValue(), pick.payer, 'the payer prefilled');
        // The contract picker shows the open balance, not the contract total.
        await form.locator('#contractId').click();
        const option = rep.locator('.ant-select-item-option').filter({ hasText: pick.contract.number });
        await option.first().waitFor();
        const text = await option.first().textContent();
        expect(
          text.includes(`未收 ${yuan(pick.contract.openFen)}`),
          `the contract option reads "${text}", expected the open ${yuan(pick.contract.openFen)}`,
        );
        await pickOption(rep, pick.contract.number);
        await form.locator('#method').click();
        await pickOption(rep, /^现金$/);
        // The amount is grouped as it is typed and gets two decimals when left.
        const amount = rep.getByTestId('payment-amount');
        await amount.click();
        await amount.pressSequentially('1234567.8');
        await poll(() => amount.inputValue(), '1,234,567.8', 'the amount as typed');
        await amount.press('Tab');
        await poll(() => amount.inputValue(), '1,234,567.80', 'the amount when left');
        // Typed only once the field reads empty, and sent only once it reads 100: on a busy machine
        // the field showed the old amount again after the clearing, and the digits went after it.
        await amount.fill('');
        await poll(() => amount.inputValue(), '', 'the amount cleared');
        await amount.pressSequentially('100');
        await poll(() => amount.inputValue(), '100', 'the amount retyped');
        await form.locator('#voucherNo').fill('XJ-F-0001');
        const recorded = answerTo(rep, 'POST', /^\/api\/payments$/);
        await form.locator('#voucherNo').press('Enter'); // Enter submits
        const payment = await expectStatus(recorded, 200, 'recording the payment');
        expect(payment.amountFen === '10000', `recorded ${payment.amountFen} fen, expected 10000`);
        expect(payment.payer === pick.payer, `recorded payer ${payment.payer}`);
        expect(payment.contract?.id === pick.contract.id, 'the payment is on the chosen contract');

        // Finance records one itself, then selects both and confirms them at once.
        const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
        const finance = await context.newPage();
        others.push({ username: 'finance', page: finance, context });
        await signIn(finance, 'finance');
        await finance.getByTestId('user-menu').waitFor();
        const ownAnswer = await api(finance, '/api/payments', {
          customerId: pick.customer.id,
          contractId: pick.contract.id,
          method: 'cash',
          amountFen: '5000',
          receivedOn: payment.receivedOn,
          payer: pick.payer,
        });
        expect(ownAnswer.status === 200, `finance recording a payment answered ${ownAnswer.status}`);
        const own = ownAnswer.body;
        await finance.goto(`${base}/payments`);
        const table = finance.getByTestId('payment-table');
        for (const number of [payment.number, own.number]) {
          const row = table.locator('tr.ant-table-row').filter({ hasText: number });
          await row.locator('.ant-checkbox-input').check();
        }
        const batch = answerTo(finance, 'POST', /^\/api\/payments\/confirm-batch$/);
        await finance.getByTestId('payment-confirm-selected').click();
        await confirmPopover(finance);
        const result = await expectStatus(batch, 200, 'confirming the selected payments');
        expect(
          result.confirmed.length === 1 && result.confirmed[0].id === payment.id,
          `confirmed ${JSON.stringify(result.confirmed)}`,
        );
        expect(
          result.refused.length === 1 && result.refused[0].code === 'PAYMENT_CONFIRM_SELF',
          `refused ${JSON.stringify(result.refused)}`,
        );
        const shown = finance.getByTestId('payment-batch-result');
        await shown.getByText('已确认 1 笔回款').waitFor();
        await shown.getByText(own.number).waitFor();
        await shown.getByText('回款须由录入人以外的另一位财务人员确认').waitFor();
      } catch (error) {
        mkdirSync(screenshots, { recursive: true });
        for (const o of [{ username: 'rep01', page }, ...others]) {
          const file = path.join(screenshots, `payments-batch-${o.username}.png`);
          await o.page.screenshot({ path: file, fullPage: true }).catch(() => {});
          console.log(`     screenshot: ${path.relative(root, file)}`);
        }
        throw error;
      } finally {
        for (const o of others) await o.context.close().catch(() => {});
      }
    },
  },
  {
    name: 'Q2C-9: the custodian cannot check the contract seal out to someone without an approved request',
    async run(page) {
      await signIn(page, 'assistant_east');
      await page.getByTestId('user-menu').waitFor();
      await page.goto(`${base}/seals`);
      await page.getByTestId('seal-table').getByText('经济合同章').waitFor();
      const row = page
        .getByTestId('seal-table')
        .locator('tr.ant-table-row')
        .filter({ hasText: '经济合同章' });
      await row.getByRole('button', { name: /借\s*出/ }).click();
      const form = page.getByTestId('seal-check-out');
      await whenOpened(form);
      await form.getByLabel('领用人').click();
      await page.keyboard.type('rep03');
      await pickOption(page, '(rep03)');
      await page.getByTestId('seal-check-out-refused').waitFor();
      await form.locator('button[type=submit]').click();
      await form.getByText('须有已批准的用印申请才能借出').waitFor();
      const seals = (await api(page, '/api/seals')).body;
      const seal = seals.items.find((s) => s.name === '经济合同章');
      expect(seal.status === 'in_custody', `the contract seal is ${seal.status}`);
    },
  },
];
