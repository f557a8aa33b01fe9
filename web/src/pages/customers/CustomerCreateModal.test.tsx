import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { CustomerCreateModal } from './CustomerCreateModal';
import { CustomerPage } from './CustomerPage';

beforeEach(() => {
  // jsdom has no ResizeObserver; antd's inputs and tags measure with it.
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

/** GET /api/customers/settings: the customer.levels policy in force, and the export right. */
const settings = { levels: ['A', 'B', 'C', 'D'], mayExport: true };
const zhang = { id: '00000000-0000-4000-8000-000000000009', username: 'rep02', displayName: '张三' };
const duplicate = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '北京华宇科技有限公司',
  by: ['name'],
  owner: zhang,
  inPool: false,
};

/** The signed-in user: by default one who may set credit limits (finance, the director). */
const me = (permissions: Record<string, string>) => ({
  id: '00000000-0000-4000-8000-000000000002',
  username: 'director',
  displayName: '总监',
  permissions,
});
const director = me({ 'customer:create': 'all', 'customer:credit': 'all' });

function stubApi(onCreate: (body: Record<string, unknown>) => Response, user = director) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return Response.json(user);
    if (url === '/api/customers/settings') return Response.json(settings);
    if (url.startsWith('/api/customers/duplicates'))
      return Response.json({ items: url.includes('name=') ? [duplicate] : [] });
    if (url === '/api/customers' && init?.method === 'POST') return onCreate(JSON.parse(String(init.body)));
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('新建客户 (CUS-1)', { timeout: 20_000 }, () => {
  it('warns about possible duplicates while typing, with the owner and what matched', async () => {
    stubApi(() => new Response('{}', { status: 500 }));
    renderWithProviders(<CustomerCreateModal open onClose={() => {}} />);
    fireEvent.change(await screen.findByLabelText('客户名称'), { target: { value: '北京华宇科技' } });
    const alert = await screen.findByTestId('duplicate-alert', {}, { timeout: 3000 });
    expect(alert.textContent).toContain('可能重复的客户');
    expect(alert.textContent).toContain('北京华宇科技有限公司（负责人 张三）');
    expect(alert.textContent).toContain('名称相同');
    expect(screen.getByRole('link', { name: '北京华宇科技有限公司' }).getAttribute('href')).toBe(
      `/customers/${duplicate.id}`,
    );
  });

  it('sends the credit limit as exact fen, defaults the rest, and shows the server’s field errors', async () => {
    let sent: Record<string, unknown> | undefined;
    stubApi((body) => {
      sent = body;
      return Response.json(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: '输入有误',
            fields: { creditCode: '统一社会信用代码校验不通过', creditLimitFen: '金额格式不正确' },
          },
        },
        { status: 400 },
      );
    });
    renderWithProviders(<CustomerCreateModal open onClose={() => {}} />);
    fireEvent.change(await screen.findByLabelText('客户名称'), { target: { value: '上海东方机械' } });
    fireEvent.change(field('统一社会信用代码'), { target: { value: '91310000000000000X' } });
    fireEvent.change(field('信用额度（元）'), { target: { value: '1234567.89' } });
    fireEvent.change(field('姓名'), { target: { value: '王芳' } });
    fireEvent.submit(field('客户名称').closest('form') as HTMLFormElement);
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({
      name: '上海东方机械',
      creditCode: '91310000000000000X',
      creditLimitFen: '123456789',
      type: 'potential',
      level: 'D',
      tags: [],
      phone: null,
      contact: { name: '王芳', phones: [] },
    });
    expect(await screen.findByText('统一社会信用代码校验不通过')).toBeTruthy();
    // The fen error lands on the yuan field the user typed in.
    expect(await screen.findByText('金额格式不正确')).toBeTruthy();
  });

  it('CUS-9: a rep sees no credit fields and sends no credit values', async () => {
    let sent: Record<string, unknown> | undefined;
    stubApi(
      (body) => {
        sent = body;
        return Response.json({ error: { code: 'X', message: 'stop' } }, { status: 422 });
      },
      me({ 'customer:create': 'all' }),
    );
    renderWithProviders(<CustomerCreateModal open onClose={() => {}} />);
    fireEvent.change(await screen.findByLabelText('客户名称'), { target: { value: '宁波某某' } });
    expect(screen.queryByLabelText('信用额度（元）')).toBeNull();
    expect(screen.queryByLabelText('信用等级')).toBeNull();
    fireEvent.submit(field('客户名称').closest('form') as HTMLFormElement);
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).not.toHaveProperty('creditLimitFen');
    expect(sent).not.toHaveProperty('creditRating');
  });

  it('CUS-1 (no 撞单): a refused duplicate shows the existing record, its owner and the two requests; a request is sent with its reason', async () => {
    const requests: { url: string; body: unknown }[] = [];
    const fetch = stubApi(() =>
      Response.json(
        {
          error: {
            code: 'CUSTOMER_DUPLICATE',
            message: '已有相同的客户，不能重复建档',
            details: { duplicates: [duplicate] },
          },
        },
        { status: 409 },
      ),
    );
    const base = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/duplicate-requests') && init?.method === 'POST') {
        requests.push({ url, body: JSON.parse(String(init.body)) });
        return Response.json({});
      }
      return base(url, init);
    });
    const closed = vi.fn();
    renderWithProviders(<CustomerCreateModal open onClose={closed} />);
    fireEvent.change(await screen.findByLabelText('客户名称'), { target: { value: '北京华宇科技有限公司' } });
    fireEvent.submit(field('客户名称').closest('form') as HTMLFormElement);
    const refusal = await screen.findByTestId('duplicate-refusal');
    expect(refusal.textContent).toContain('不能重复建档');
    expect(refusal.textContent).toContain('北京华宇科技有限公司');
    expect(refusal.textContent).toContain('（负责人 张三）');
    expect(closed).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('duplicate-transfer'));
    fireEvent.change(await screen.findByTestId('duplicate-request-reason'), {
      target: { value: '客户由我跟进多年' },
    });
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toEqual({
      url: `/api/customers/${duplicate.id}/duplicate-requests`,
      body: { kind: 'transfer', reason: '客户由我跟进多年' },
    });
  });

  it('refuses an amount with more than two decimals before sending', async () => {
    const fetch = stubApi(() => Response.json({}));
    renderWithProviders(<CustomerCreateModal open onClose={() => {}} />);
    fireEvent.change(await screen.findByLabelText('客户名称'), { target: { value: '杭州某某' } });
    fireEvent.change(field('信用额度（元）'), { target: { value: '1.234' } });
    fireEvent.submit(field('客户名称').closest('form') as HTMLFormElement);
    expect(await screen.findByText('请输入金额（元），最多两位小数')).toBeTruthy();
    expect(fetch.mock.calls.some(([u, init]) => u === '/api/customers' && init?.method === 'POST')).toBe(
      false,
    );
  });
});

describe('客户页', { timeout: 20_000 }, () => {
  it('says "not found or no access" for a customer outside the scope (404)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ error: { code: 'NOT_FOUND', message: '记录不存在' } }, { status: 404 }),
      ),
    );
    renderWithProviders(
      <Routes>
        <Route path="/customers/:id" element={<CustomerPage />} />
      </Routes>,
      { route: `/customers/${duplicate.id}` },
    );
    expect(await screen.findByText('客户不存在或无权查看')).toBeTruthy();
    expect(screen.getByRole('link', { name: /返回客户列表/ })).toBeTruthy();
  });
});
