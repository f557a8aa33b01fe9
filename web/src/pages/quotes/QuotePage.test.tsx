import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../api/routes';
import type { TQuote } from '../../api/types';
import { renderWithProviders } from '../../test/render';
import { QuotePage } from './QuotePage';

const rep = { id: '00000000-0000-4000-8000-000000000001', username: 'rep01', displayName: '赵磊' };
const me = {
  user: { ...rep, position: '销售代表', email: null, locale: 'zh-CN' },
  unit: { id: '00000000-0000-4000-8000-000000000002', name: '华东一组' },
  roles: [],
  permissions: { 'quote:read': 'own', 'quote:write': 'own', 'product:read': 'all' },
  superior: null,
  timeZone: 'Asia/Shanghai',
} satisfies ApiResponse<'GET /api/me'>;
const id = '00000000-0000-4000-8000-0000000000q1';
const quote = (over: Partial<TQuote> = {}): TQuote => ({
  id,
  number: 'Q2026-0007',
  customer: { id: '00000000-0000-4000-8000-0000000000cc', name: '华宇建材' },
  opportunity: null,
  owner: rep,
  unit: me.unit,
  status: 'approved',
  taxRatePct: 13,
  validUntil: '2026-04-01',
  listTotalFen: '1333332',
  totalFen: '1200000',
  taxFen: '138053',
  netTotalFen: '1061947',
  maxDiscountBp: 1000,
  belowFloor: false,
  remark: null,
  sentAt: null,
  decidedAt: null,
  contractId: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
  lines: [
    {
      id: '00000000-0000-4000-8000-0000000000l1',
      seq: 1,
      productId: '00000000-0000-4000-8000-0000000000p1',
      productCode: 'PV-IS80',
      productName: 'IS80-65-160 单级离心泵',
      unit: '台',
      quantity: 2,
      listPriceFen: '666666',
      floorPriceFen: '600000',
      unitPriceFen: '600000',
      discountBp: 1000,
      amountFen: '1200000',
      belowFloor: false,
      remark: null,
    },
  ],
  discountLimitPct: 5,
  directorDiscountPct: 20,
  approval: null,
  actions: { edit: false, submit: false, send: true, accept: false, decline: false, contract: false },
  ...over,
});

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

function serve(q: TQuote) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url === '/api/me') return Response.json(me);
      if (url === `/api/quotes/${id}`) return Response.json(q);
      if (url === '/api/units')
        return Response.json({
          items: [{ id: 'u', name: '销管示范有限公司', parentId: null, kind: 'company' }],
        });
      if (url.startsWith('/api/products'))
        return Response.json({ items: [], total: 0, page: 1, pageSize: 20 });
      return new Response('{}', { status: 404 });
    }),
  );
}

const page = () =>
  renderWithProviders(
    <Routes>
      <Route path="/quotes/:id" element={<QuotePage />} />
    </Routes>,
    { route: `/quotes/${id}` },
  );

describe('quote page (Q2C-2, Q2C-3)', () => {
  it('shows the status, the server’s actions, a discount above my limit in red, and the total in capitals', async () => {
    serve(quote());
    page();
    expect((await screen.findByTestId('quote-status')).textContent).toBe('已审核');
    expect(screen.getByTestId('quote-send')).toBeTruthy();
    expect(screen.queryByTestId('quote-submit')).toBeNull();
    expect(within(screen.getByTestId('quote-lines')).getByTestId('discount-warning').textContent).toContain(
      '10%',
    );
    expect(screen.getByTestId('quote-capitals').textContent).toBe('大写金额：人民币壹万贰仟元整');
    const print = screen.getByTestId('quote-print');
    expect(print.textContent).toContain('报 价 单');
    expect(print.textContent).toContain('华宇建材');
    expect(print.textContent).toContain('壹万贰仟元整');
    expect(print.textContent).toContain('本报价有效期至 2026-04-01');
  });

  it('a draft I may edit opens the line editor and can be submitted', async () => {
    serve(quote({ status: 'draft', actions: { ...quote().actions, edit: true, submit: true, send: false } }));
    page();
    expect(await screen.findByTestId('quote-line-editor')).toBeTruthy();
    expect(screen.getByTestId('quote-submit')).toBeTruthy();
  });

  it('Q2C-3: the editor labels 不含税金额 / 税额 / 含税合计 and recomputes them as a price is typed, before saving', async () => {
    serve(quote({ status: 'draft', actions: { ...quote().actions, edit: true, submit: true, send: false } }));
    page();
    const totals = await screen.findByTestId('quote-totals');
    expect(totals.textContent).toContain('不含税金额');
    expect(totals.textContent).toContain('税额（13%）');
    expect(totals.textContent).toContain('含税合计');
    expect(screen.getByTestId('quote-total').textContent).toContain('¥12,000.00');
    // 2 × ¥6,500.00 = ¥13,000.00; VAT in it round-half-up(1300000 × 13 / 113) = 149558 fen.
    fireEvent.change(screen.getByTestId('quote-unit-price'), { target: { value: '6500' } });
    expect(screen.getByTestId('quote-total').textContent).toContain('¥13,000.00');
    expect(screen.getByTestId('quote-tax').textContent).toContain('¥1,495.58');
    expect(screen.getByTestId('quote-net-total').textContent).toContain('¥11,504.42');
    expect(screen.getByTestId('quote-capitals').textContent).toContain('壹万叁仟元整');
  });

  it('an expired quote warns that it can no longer be sent', async () => {
    serve(quote({ status: 'expired', actions: { ...quote().actions, send: false } }));
    page();
    expect((await screen.findByTestId('quote-status')).textContent).toBe('已过期');
    expect(screen.getByText(/已过有效期/)).toBeTruthy();
    expect(screen.queryByTestId('quote-send')).toBeNull();
  });
});
