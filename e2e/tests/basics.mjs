// The first browser tests: signing in and languages, 待办 approvals, a customer's file and the
// kanban, the money loop from quote to cleared receivable.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  addDays,
  answerTo,
  base,
  confirmPopover,
  expect,
  expectStatus,
  openNav,
  openUserMenuItem,
  pickOption,
  root,
  rowTexts,
  screenshots,
  signIn,
  whenOpened,
} from '../helpers.mjs';

export const tests = [
  {
    name: 'rep01 signs in, switches to English, the choice survives a reload, signs out',
    async run(page) {
      await signIn(page, 'rep01');
      const menu = page.getByTestId('nav-menu');
      await menu.getByText('首页', { exact: true }).waitFor();
      await page.getByTestId('user-menu').waitFor();
      await page.getByTestId('welcome-card').waitFor();
      expect(
        await page
          .getByTestId('welcome-card')
          .textContent()
          .then((t) => t.includes('欢迎')),
        'welcome in Chinese',
      );

      await openUserMenuItem(page, 'lang-en');
      await menu.getByText('Home', { exact: true }).waitFor();
      await page.getByText(/^Welcome, /).waitFor();

      // Remembered per user, not per browser: forget the browser's copy, then reload.
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await page.getByTestId('nav-menu').getByText('Home', { exact: true }).waitFor();
      expect(
        (await page.getByTestId('nav-menu').textContent()).includes('首页') === false,
        'menu still Chinese',
      );

      await openUserMenuItem(page, 'logout');
      await page.waitForURL(/\/login/);
      await page.getByTestId('login-card').waitFor();
      // Signed out for real: the app sends us back to the login page.
      await page.goto(`${base}/`);
      await page.waitForURL(/\/login/);
    },
  },
  {
    name: 'sup_east1 approves a pending request from 待办 and the to-do badge drops',
    async run(page) {
      await signIn(page, 'sup_east1');
      const badge = page.getByTestId('todo-badge');
      const count = async () => Number((await badge.textContent())?.replace(/\D/g, '') || '0');
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('[data-testid="todo-badge"]')?.textContent?.replace(/\D/g, '') || '0',
          ) > 0,
      );
      const before = await count();
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      await page.getByTestId('todo-approve').first().click();
      const dialog = page.getByRole('dialog');
      await whenOpened(dialog);
      await dialog.getByRole('button', { name: /同\s*意|Approve/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (n) =>
          Number(
            document.querySelector('[data-testid="todo-badge"]')?.textContent?.replace(/\D/g, '') || '0',
          ) < n,
        before,
      );
      expect((await count()) === before - 1, `badge went from ${before} to ${await count()}`);
    },
  },
  {
    name: 'rep01 creates a customer, adds a contact and a follow-up, and moves an opportunity across the kanban',
    async run(page) {
      const stamp = Date.now().toString(36);
      const customerName = `浏览器测试客户${stamp}`;
      const contactName = `联系人${stamp}`;
      const followUp = `电话沟通需求 ${stamp}`;
      const opportunityName = `测试商机${stamp}`;
      await signIn(page, 'rep01');
      // The language is kept per user (an earlier test may have left rep01 in English).
      await page.getByTestId('user-menu').waitFor();
      await openUserMenuItem(page, 'lang-zh');
      await page.getByTestId('nav-menu').getByText('首页', { exact: true }).waitFor();

      // 客户 → 新建客户: the name is enough (type, level and source have defaults); Enter submits.
      await openNav(page, 'customers', '/customers');
      await page.waitForURL(/\/customers$/);
      await page.getByTestId('customer-table').waitFor();
      await page.getByTestId('customer-create').click();
      const createForm = page.getByTestId('customer-create-form');
      await createForm.getByTestId('customer-name').fill(customerName);
      await createForm.getByTestId('first-contact-name').fill(`首联${stamp}`);
      await createForm.getByTestId('customer-name').press('Enter');
      await page.waitForURL(/\/customers\/[0-9a-f-]{36}/);
      const customerUrl = page.url();
      await page.getByTestId('customer-title').filter({ hasText: customerName }).waitFor();

      // 联系人: add one with a phone; it shows in the table.
      await page.getByRole('tab', { name: '联系人' }).click();
      await page.getByTestId('contact-add').click();
      const contactForm = page.getByTestId('contact-form');
      await contactForm.getByTestId('contact-name').fill(contactName);
      await contactForm.getByTestId('contact-phones').locator('input').fill('13800138000');
      await contactForm.getByTestId('contact-phones').locator('input').press('Enter');
      await contactForm.getByTestId('contact-name').press('Enter');
      await contactForm.waitFor({ state: 'detached' });
      await page.getByTestId('contact-table').getByText(contactName).waitFor();

      // 动态: write a follow-up; it appears on the timeline.
      await page.getByRole('tab', { name: '动态' }).click();
      await page.getByTestId('follow-up-content').fill(followUp);
      await page.getByTestId('follow-up-submit').click();
      await page.getByTestId('customer-timeline').getByText(followUp).waitFor();

      // 商机: a new opportunity for this customer starts in the lead stage.
      await page.getByRole('tab', { name: '商机' }).click();
      await page.getByTestId('customer-opportunity-create').click();
      const oppForm = page.getByTestId('opportunity-form');
      await oppForm.getByLabel('商机名称').fill(opportunityName);
      await oppForm.getByLabel(/金额/).fill('12000.50');
      await oppForm.getByLabel(/预计成交/).fill('2027-06-30');
      const created = page.waitForResponse(
        (r) => r.url().endsWith('/api/opportunities') && r.request().method() === 'POST',
      );
      await oppForm.getByLabel(/预计成交/).press('Enter'); // takes the date and submits
      const response = await created;
      expect(response.status() === 200, `creating the opportunity answered ${response.status()}`);
      const opportunity = await response.json();
      await oppForm.waitFor({ state: 'detached' });
      await page.getByTestId('customer-opportunity-table').getByText(opportunityName).waitFor();

      // 商机看板: drag the card from 初步接洽 (lead) to 需求分析 (needs) — pointer moves in steps for @dnd-kit.
      await page.goto(`${base}/opportunities`);
      const card = page.getByTestId(`kanban-card-${opportunity.id}`);
      const lead = page.getByTestId('kanban-column-lead');
      const needs = page.getByTestId('kanban-column-needs');
      await lead.getByTestId(`kanban-card-${opportunity.id}`).waitFor();
      await card.scrollIntoViewIfNeeded();
      const from = await card.boundingBox();
      const to = await needs.boundingBox();
      expect(from && to, 'card and column are on screen');
      const moved = page.waitForResponse(
        (r) => r.url().includes(`/api/opportunities/${opportunity.id}`) && r.request().method() !== 'GET',
      );
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 5 });
      await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 160), { steps: 20 });
      await page.mouse.up();
      const moveResponse = await moved;
      expect(moveResponse.status() === 200, `moving the opportunity answered ${moveResponse.status()}`);
      await needs.getByTestId(`kanban-card-${opportunity.id}`).waitFor();

      // Stored, not just drawn: after a reload the card is still in 需求分析.
      await page.reload();
      await page.getByTestId('kanban-column-needs').getByTestId(`kanban-card-${opportunity.id}`).waitFor();
      expect(
        (await page
          .getByTestId('kanban-column-lead')
          .getByTestId(`kanban-card-${opportunity.id}`)
          .count()) === 0,
        'the card is still in the lead column after a reload',
      );

      // The customer's timeline tells the story (created, contact, follow-up, opportunity).
      await page.goto(customerUrl);
      await page.getByTestId('customer-timeline').getByText(followUp).waitFor();
    },
  },
  {
    name: 'the money loop: quote → approval → contract → signed scan and verification → payment → finance confirms → receivable cleared',
    async run(page) {
      // One person per browser context, as in the office: the rep in the runner's page, the
      // others in contexts of their own (Shanghai time, so "today" is the company's today).
      const browser = page.context().browser();
      const others = [];
      const pageErrors = [];
      async function asUser(username) {
        const context = await browser.newContext({
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          viewport: { width: 1366, height: 860 },
        });
        const p = await context.newPage();
        p.setDefaultTimeout(30_000);
        p.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
        others.push({ username, context, page: p });
        await signIn(p, username);
        await p.getByTestId('user-menu').waitFor();
        return p;
      }
      const customerName = '上海嘉定精工机械有限公司'; // rep01's, credit limit ¥200,000, no debt
      const statusTag = (p, text) => p.locator('.ant-card-head').getByText(text, { exact: true });
      try {
        // ---- 1. rep01 builds a quote for one of their customers and submits it for review.
        const rep = page;
        await signIn(rep, 'rep01');
        await rep.getByTestId('user-menu').waitFor();
        await openUserMenuItem(rep, 'lang-zh'); // the language is kept per user
        await rep.getByTestId('nav-menu').getByText('首页', { exact: true }).waitFor();
        await rep.goto(`${base}/customers`);
        await rep.getByTestId('customer-table').waitFor();
        await rep.getByTestId('customer-search').fill(customerName);
        await rep.getByTestId('customer-search').press('Enter');
        await rep.getByTestId('customer-table').getByRole('link', { name: customerName }).click();
        await rep.waitForURL(/\/customers\/[0-9a-f-]{36}/);
        await rep.getByTestId('customer-title').filter({ hasText: customerName }).waitFor();
        await rep.getByRole('tab', { name: '报价单' }).click();
        await rep.getByRole('tab', { name: '报价单', selected: true }).waitFor();
        await rep.getByTestId('customer-quote-create').click();
        const quoteForm = rep.getByTestId('quote-create-form');
        await quoteForm.getByText(customerName).waitFor(); // preset, not editable
        const quoteCreated = answerTo(rep, 'POST', /^\/api\/quotes$/);
        await quoteForm.locator('button[type=submit]').click();
        const quote = await expectStatus(quoteCreated, 200, 'creating the quote');
        await rep.waitForURL(new RegExp(`/quotes/${quote.id}$`));

        // One line: 2 × SP-SEAL 机械密封组件 (list ¥420.00) at ¥400.00 — 4.8 % off, within rep01's 5 %.
        await rep.getByTestId('quote-add-line').click();
        const picker = rep.getByTestId('quote-product-picker');
        await picker.click();
        await picker.locator('input').fill('SP-SEAL');
        await pickOption(rep, 'SP-SEAL 机械密封组件');
        const editor = rep.getByTestId('quote-line-editor');
        await editor.locator('.ant-input-number-input').fill('2');
        await rep.getByTestId('quote-unit-price').fill('400');
        await editor.getByText(/^4\.7\d%$/).waitFor(); // ¥20 off ¥420
        expect(
          (await rep.getByTestId('discount-warning').count()) === 0,
          'a discount within the limit shows red',
        );
        const linesSaved = answerTo(rep, 'PATCH', new RegExp(`^/api/quotes/${quote.id}$`));
        await rep.getByTestId('quote-save-lines').click();
        const saved = await expectStatus(linesSaved, 200, 'saving the quote lines');
        expect(saved.totalFen === '80000', `the quote total is ${saved.totalFen} fen, not 80000`);
        await rep
          .getByTestId('quote-capitals')
          .getByText(/捌佰元整/)
          .waitFor();

        const quoteSubmitted = answerTo(rep, 'POST', new RegExp(`^/api/quotes/${quote.id}/submit$`));
        await rep.getByTestId('quote-submit').click();
        await confirmPopover(rep);
        await expectStatus(quoteSubmitted, 200, 'submitting the quote');
        await statusTag(rep, '审核中').waitFor();

        // ---- 2. manager_east reviews it: within the rep's limit the manager is the only step.
        const manager = await asUser('manager_east');
        await manager.goto(`${base}/quotes/${quote.id}`);
        const quotePanel = manager.getByTestId('approval-panel');
        await quotePanel.getByTestId('approval-approve').waitFor();
        expect(
          (await quotePanel.getByTestId('approval-step').count()) === 1,
          `the quote has ${await quotePanel.getByTestId('approval-step').count()} approval steps, expected the manager only`,
        );
        await quotePanel.getByTestId('approval-approve').click();
        const decision = manager.getByTestId('approval-decision');
        await whenOpened(decision);
        const quoteApproved = answerTo(manager, 'POST', /^\/api\/approvals\/[^/]+\/approve$/);
        await decision.getByRole('button', { name: /同\s*意/ }).click();
        await expectStatus(quoteApproved, 200, 'approving the quote');
        await statusTag(manager, '已审核').waitFor();

        // ---- 3. rep01 sends it, the customer accepts, the quote becomes a draft contract, submitted.
        await rep.reload();
        await statusTag(rep, '已审核').waitFor();
        const sent = answerTo(rep, 'POST', new RegExp(`^/api/quotes/${quote.id}/send$`));
        await rep.getByTestId('quote-send').click();
        await confirmPopover(rep);
        await expectStatus(sent, 200, 'sending the quote');
        await statusTag(rep, '已发出').waitFor();
        const accepted = answerTo(rep, 'POST', new RegExp(`^/api/quotes/${quote.id}/accept$`));
        await rep.getByTestId('quote-accept').click();
        await confirmPopover(rep);
        await expectStatus(accepted, 200, 'recording the acceptance');
        await statusTag(rep, '客户已接受').waitFor();
        const contractMade = answerTo(rep, 'POST', /^\/api\/contracts$/);
        await rep.getByTestId('quote-contract').click();
        await confirmPopover(rep);
        const contract = await expectStatus(contractMade, 200, 'making the contract from the quote');
        expect(contract.amountFen === '80000', `the contract amount is ${contract.amountFen} fen, not 80000`);
        const contractUrl = `${base}/contracts/${contract.id}`;
        await rep.waitForURL(contractUrl);
        await statusTag(rep, '草稿').waitFor();

        const contractSubmitted = answerTo(rep, 'POST', new RegExp(`^/api/contracts/${contract.id}/submit$`));
        await rep.getByTestId('contract-submit').click();
        await confirmPopover(rep);
        await expectStatus(contractSubmitted, 200, 'submitting the contract');
        await statusTag(rep, '审批中').waitFor();
        await rep.getByText('信用审查通过：未超额度、无逾期欠款').waitFor();
        expect(
          (await rep.getByTestId('contract-credit-alert').count()) === 0,
          'a credit alert on a sound customer',
        );

        // ---- 4. manager_east approves the contract (small amount, no credit risk: the manager only).
        await manager.goto(contractUrl);
        await manager.getByRole('tab', { name: '审批' }).click();
        const contractPanel = manager.getByTestId('approval-panel');
        await contractPanel.getByTestId('approval-approve').waitFor();
        expect(
          (await contractPanel.getByTestId('approval-step').count()) === 1,
          `the contract has ${await contractPanel.getByTestId('approval-step').count()} approval steps, expected the manager only`,
        );
        await contractPanel.getByTestId('approval-approve').click();
        await whenOpened(decision);
        const contractApproved = answerTo(manager, 'POST', /^\/api\/approvals\/[^/]+\/approve$/);
        await decision.getByRole('button', { name: /同\s*意/ }).click();
        await expectStatus(contractApproved, 200, 'approving the contract');
        await contractPanel.getByText('已通过', { exact: true }).waitFor();

        // ---- 5. assistant_east attaches the signed scan and enters the signing date (today).
        const assistant = await asUser('assistant_east');
        await assistant.goto(contractUrl);
        await statusTag(assistant, '已批准').waitFor();
        const scanUploaded = answerTo(assistant, 'POST', new RegExp(`^/api/contracts/${contract.id}/scan$`));
        const chooser = assistant.waitForEvent('filechooser');
        await assistant.getByTestId('contract-scan-upload').click();
        await (await chooser).setFiles({
          name: 'signed.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(
            '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
          ),
        });
        await expectStatus(scanUploaded, 200, 'uploading the signed scan');
        await assistant.getByTestId('contract-scans').getByText('signed.pdf').waitFor();

        await assistant.getByTestId('contract-enter').click();
        const enterForm = assistant.getByTestId('contract-enter-form');
        await enterForm.waitFor();
        const entered = answerTo(assistant, 'POST', new RegExp(`^/api/contracts/${contract.id}/enter$`));
        await enterForm.locator('button[type=submit]').click();
        await expectStatus(entered, 200, 'entering the signing data');
        await statusTag(assistant, '已录入').waitFor();
        // The one who entered it may not verify it.
        expect(
          (await assistant.getByTestId('contract-verify').count()) === 0,
          'the assistant may verify their own entry',
        );

        // ---- 6. finance, a second person, verifies: signed, with the AR-1 instalment (signing + 30 days).
        const finance = await asUser('finance');
        await finance.goto(contractUrl);
        await statusTag(finance, '已录入').waitFor();
        const verified = answerTo(finance, 'POST', new RegExp(`^/api/contracts/${contract.id}/verify$`));
        await finance.getByTestId('contract-verify').click();
        await confirmPopover(finance);
        const signed = await expectStatus(verified, 200, 'verifying the contract');
        await statusTag(finance, '已签订').waitFor();
        await finance.getByTestId('contract-signed-notice').waitFor();
        expect(/^\d{4}-\d{2}-\d{2}$/.test(signed.signedOn ?? ''), `signed on ${signed.signedOn}`);
        const dueDate = addDays(signed.signedOn, 30);

        // ---- 7. rep01 sees the plan and records a cash payment of the full amount.
        await rep.reload();
        await statusTag(rep, '已签订').waitFor();
        await rep.getByRole('tab', { name: '回款与开票' }).click();
        const planTable = rep.getByTestId('plan-table');
        await planTable.getByText(dueDate).waitFor();
        // columns: 期次, 到期日, 应收金额, 已回款, 待确认, 未收, 状态
        let rows = await rowTexts(planTable);
        expect(rows.length === 1, `the plan has ${rows.length} instalments, expected 1`);
        expect(
          JSON.stringify(rows[0]) ===
            JSON.stringify(['1', dueDate, '¥800.00', '¥0.00', '', '¥800.00', '未到期']),
          `the instalment after signing reads ${JSON.stringify(rows[0])}`,
        );

        await rep.getByTestId('payment-record').click();
        const paymentForm = rep.getByTestId('payment-form');
        await paymentForm.waitFor();
        await paymentForm.getByLabel('回款方式').click();
        await pickOption(rep, /^现金$/);
        await rep.getByTestId('payment-amount').fill('800');
        await paymentForm.getByLabel('付款人').fill(customerName);
        await paymentForm.getByLabel('凭证号').fill('XJ-0001');
        const paymentRecorded = answerTo(rep, 'POST', /^\/api\/payments$/);
        await paymentForm.locator('button[type=submit]').click();
        const payment = await expectStatus(paymentRecorded, 200, 'recording the payment');
        expect(payment.status === 'pending', `a new payment is ${payment.status}, not pending`);
        await paymentForm.waitFor({ state: 'detached' });
        // The new payment opens in the drawer: pending until finance confirms.
        const repDrawer = rep.getByTestId('payment-drawer');
        await repDrawer.getByText('待确认', { exact: true }).waitFor();
        expect((await repDrawer.getByTestId('payment-confirm').count()) === 0, 'the rep may confirm money');
        await rep.keyboard.press('Escape');
        await repDrawer.waitFor({ state: 'hidden' });

        // AR-4: unconfirmed money does not count — the whole amount is still open, ¥800.00 waits.
        await planTable.getByText('¥800.00').nth(2).waitFor(); // 应收, 待确认, 未收
        rows = await rowTexts(planTable);
        expect(
          JSON.stringify(rows[0]) ===
            JSON.stringify(['1', dueDate, '¥800.00', '¥0.00', '¥800.00', '¥800.00', '未到期']),
          `the instalment with a pending payment reads ${JSON.stringify(rows[0])}`,
        );
        const summary = rep.getByTestId('contract-money-summary');
        const summaryText = async () => (await summary.textContent()).replace(/\s+/g, '');
        expect(
          (await summaryText()).includes('已回款¥0.00') && (await summaryText()).includes('未收¥800.00'),
          `the money summary before confirmation reads ${await summaryText()}`,
        );

        // ---- 8. finance confirms the payment on 回款.
        await finance.goto(`${base}/payments`);
        const paymentTable = finance.getByTestId('payment-table');
        await paymentTable.getByText(payment.number, { exact: true }).click();
        const financeDrawer = finance.getByTestId('payment-drawer');
        await financeDrawer.getByText(`回款 ${payment.number}`).waitFor();
        const confirmed = answerTo(finance, 'POST', new RegExp(`^/api/payments/${payment.id}/confirm$`));
        await financeDrawer.getByTestId('payment-confirm').click();
        await confirmPopover(finance);
        const confirmedPayment = await expectStatus(confirmed, 200, 'confirming the payment');
        expect(
          confirmedPayment.status === 'confirmed',
          `after confirmation the payment is ${confirmedPayment.status}`,
        );
        await financeDrawer.getByText('已确认', { exact: true }).waitFor();
        await financeDrawer.getByText('已计入', { exact: true }).waitFor();

        // ---- 9. The receivable is cleared: the rep's contract page and the customer's 应收 tab.
        await rep.reload();
        await rep.getByRole('tab', { name: '回款与开票' }).click();
        await rep.getByTestId('plan-table').getByText('已结清', { exact: true }).waitFor();
        rows = await rowTexts(rep.getByTestId('plan-table'));
        expect(
          JSON.stringify(rows[0]) ===
            JSON.stringify(['1', dueDate, '¥800.00', '¥800.00', '', '¥0.00', '已结清']),
          `the instalment after confirmation reads ${JSON.stringify(rows[0])}`,
        );
        await rep.getByTestId('contract-money-summary').getByText('¥0.00').first().waitFor();
        expect(
          (await summaryText()).includes('已回款¥800.00') && (await summaryText()).includes('未收¥0.00'),
          `the money summary after confirmation reads ${await summaryText()}`,
        );
        expect(pageErrors.length === 0, `errors in the other pages: ${pageErrors.join('; ')}`);
      } catch (error) {
        mkdirSync(screenshots, { recursive: true });
        for (const o of others) {
          const file = path.join(screenshots, `money-loop-${o.username}.png`);
          await o.page.screenshot({ path: file, fullPage: true }).catch(() => {});
          console.log(`     screenshot: ${path.relative(root, file)}`);
        }
        throw error;
      } finally {
        for (const o of others) await o.context.close().catch(() => {});
      }
    },
  },
];
