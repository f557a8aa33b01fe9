import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../api/routes';
import type { TDeliveryDocumentKind, TOrder } from '../../api/types';
import { renderWithProviders } from '../../test/render';
import { OrderPage } from './OrderPage';

beforeEach(() => {
  // jsdom has no ResizeObserver; antd measures with it.
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

const id = '00000000-0000-4000-8000-0000000000a1';
const rep = { id: '00000000-0000-4000-8000-000000000002', username: 'rep01', displayName: '赵磊' };
const line = (n: number, name: string, quantity: number, shipped: number) => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  seq: n,
  productId: null,
  productName: name,
  unit: '台',
  quantity,
  shippedQuantity: shipped,
  remainingQuantity: quantity - shipped,
});
const doc = (kind: TDeliveryDocumentKind, provided: boolean) => ({
  kind,
  provided,
  fileId: null,
  checkedAt: null,
  checkedBy: null,
});

function order(over: Partial<TOrder> = {}) {
  return {
    id,
    number: 'DD2026-0007',
    status: 'production',
    contract: { id: '00000000-0000-4000-8000-0000000000c1', number: 'HT2026-0003', title: '阀门采购' },
    customer: { id: '00000000-0000-4000-8000-0000000000d1', name: '宁波东方机械' },
    owner: rep,
    unit: { id: '00000000-0000-4000-8000-0000000000e1', name: '华东一组' },
    expectedShipDate: '2026-03-20',
    quantity: 15,
    shippedQuantity: 0,
    documentsProvided: 0,
    deliveredAt: null,
    acceptedAt: null,
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    remark: null,
    lines: [line(1, '阀门 DN50', 10, 0), line(2, '安装套件', 3, 0), line(3, '法兰', 2, 0)],
    shipments: [],
    documents: [doc('manual', false), doc('certificate', false), doc('test_report', false)],
    missingDocuments: ['manual', 'certificate', 'test_report'],
    canWrite: true,
    ...over,
  } satisfies ApiResponse<'GET /api/orders/{id}'>;
}

function stubApi(detail: object, onShip?: (body: Record<string, unknown>) => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me')
      return Response.json({ ...rep, permissions: { 'order:read': 'own', 'order:write': 'own' } });
    if (url === `/api/orders/${id}` && (init?.method ?? 'GET') === 'GET') return Response.json(detail);
    if (url === `/api/orders/${id}/shipments` && onShip) return onShip(JSON.parse(String(init?.body)));
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const renderPage = () =>
  renderWithProviders(
    <Routes>
      <Route path="/orders/:id" element={<OrderPage />} />
    </Routes>,
    { route: `/orders/${id}` },
  );

describe('订单 (Q2C-10)', { timeout: 20_000 }, () => {
  it('验收 stays disabled while delivery documents are missing, and says which', async () => {
    stubApi(
      order({
        status: 'delivered',
        documents: [doc('manual', true), doc('certificate', false), doc('test_report', false)],
        missingDocuments: ['certificate', 'test_report'],
      }),
    );
    renderPage();
    const accept = await screen.findByTestId('order-accept');
    expect((accept as HTMLButtonElement).disabled).toBe(true);
    fireEvent.mouseEnter(screen.getByTestId('order-accept-blocked'));
    expect(
      await screen.findByText('随货资料未齐全，缺少：合格证、检测报告', {}, { timeout: 3000 }),
    ).toBeTruthy();
    const steps = screen.getByTestId('order-steps');
    expect(steps.textContent).toContain('生产中');
    expect(steps.textContent).toContain('已验收');
    expect((screen.getByRole('checkbox', { name: '说明书' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: '合格证' }) as HTMLInputElement).checked).toBe(false);
  });

  it('发货 sends only the lines with a quantity, and the server’s over-shipping message lands on its row', async () => {
    let sent: Record<string, unknown> | undefined;
    stubApi(order(), (body) => {
      sent = body;
      return Response.json(
        {
          error: {
            code: 'SHIPMENT_EXCEEDS_ORDER',
            message: '发货数量超过未发数量',
            fields: { 'lines.0.quantity': '最多还可发 3 台' },
          },
        },
        { status: 422 },
      );
    });
    renderPage();
    fireEvent.click(await screen.findByTestId('order-ship'));
    const form = await screen.findByTestId('shipment-form');
    const rows = within(form).getAllByRole('spinbutton');
    fireEvent.change(rows[0] as HTMLElement, { target: { value: '0' } });
    fireEvent.submit(form);
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent?.lines).toEqual([
      { orderLineId: line(2, '', 0, 0).id, quantity: 3 },
      { orderLineId: line(3, '', 0, 0).id, quantity: 2 },
    ]);
    const message = await within(form).findByText('最多还可发 3 台');
    // lines.0 of what was sent is the second line of the form.
    expect(message.closest('tr')?.textContent).toContain('安装套件');
  });
});
