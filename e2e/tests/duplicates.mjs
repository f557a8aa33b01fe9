// CUS-1 (no 撞单): a rep cannot file another rep's customer a second time; the create form shows
// the existing record and its owner with the requests to collaborate or take it over.
import { answerTo, base, expect, expectStatus, openUserMenuItem, signIn } from '../helpers.mjs';

/** rep01's customer in the demo company. */
const EXISTING = '上海浦东新材料科技有限公司';

export const tests = [
  {
    name: 'duplicates: rep02 tries to create an exact duplicate of rep01’s customer; the form shows it and its owner, nothing is saved',
    async run(page) {
      await signIn(page, 'rep02');
      await page.getByTestId('user-menu').waitFor();
      await openUserMenuItem(page, 'lang-zh');
      await page.getByTestId('nav-menu').getByText('首页', { exact: true }).waitFor();
      await page.goto(`${base}/customers`);
      await page.getByTestId('customer-table').waitFor();
      await page.getByTestId('customer-create').click();
      const form = page.getByTestId('customer-create-form');
      await form.getByTestId('customer-name').fill(EXISTING);
      const refused = answerTo(page, 'POST', /^\/api\/customers$/);
      await form.getByTestId('customer-name').press('Enter');
      const body = await expectStatus(refused, 409, 'creating the duplicate');
      expect(body.error.code === 'CUSTOMER_DUPLICATE', `refused with ${body.error.code}`);

      // The form stays open and names the existing record and its owner, with the two requests.
      const refusal = page.getByTestId('duplicate-refusal');
      await refusal.waitFor();
      const existing = refusal.getByTestId('duplicate-existing').first();
      await existing.getByRole('link', { name: EXISTING }).waitFor();
      const owner = await existing.getByTestId('duplicate-owner').textContent();
      expect(owner.includes('赵磊'), `owner shown as "${owner}"`);
      await existing.getByTestId('duplicate-collaborate').waitFor();
      await existing.getByTestId('duplicate-transfer').waitFor();
      expect(page.url().endsWith('/customers'), `still on the list, at ${page.url()}`);

      // Nothing was saved: rep02 has no customer of that name (checked through the API).
      const mine = await page.request.get(
        `${base}/api/customers?view=mine&q=${encodeURIComponent(EXISTING)}&pageSize=50`,
      );
      expect(mine.status() === 200, `listing answered ${mine.status()}`);
      const items = (await mine.json()).items;
      expect(
        items.every((c) => c.name !== EXISTING),
        `rep02 owns ${items.map((c) => c.name).join(', ')}`,
      );
      // And the director still sees exactly one.
      await page.request.post(`${base}/api/auth/logout`, { data: {} });
      const login = await page.request.post(`${base}/api/auth/login`, {
        data: { username: 'director', password: 'xiaoguan2026' },
      });
      expect(login.status() === 200, `director sign-in answered ${login.status()}`);
      const all = await page.request.get(
        `${base}/api/customers?q=${encodeURIComponent(EXISTING)}&pageSize=50`,
      );
      const named = (await all.json()).items.filter((c) => c.name === EXISTING);
      expect(named.length === 1, `${named.length} customers named ${EXISTING}`);
    },
  },
];
