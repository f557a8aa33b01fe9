import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TImportRun } from '../../../api/types';
import { renderWithProviders } from '../../../test/render';
import { ImportCustomersButton } from './ImportCustomersButton';

const runId = '22222222-2222-4222-8222-222222222222';
const newId = '33333333-3333-4333-8333-333333333333';
const oldId = '44444444-4444-4444-8444-444444444444';
const me = (permissions: Record<string, string>) => ({
  user: { id: 'u', username: 'director', displayName: '刘建国', locale: 'zh-CN' },
  permissions,
});
const run = (over: Partial<TImportRun>): TImportRun => ({
  id: runId,
  kind: 'customer',
  status: 'queued',
  fileName: '客户.xlsx',
  importer: { id: 'u', username: 'director', displayName: '刘建国' },
  totalRows: 100,
  processedRows: 0,
  okRows: 0,
  badRows: 0,
  duplicateRows: 0,
  message: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  errors: [],
  duplicates: [],
  errorCount: 0,
  duplicateCount: 0,
  ...over,
});

type Handler = (init?: RequestInit) => Response;
function server(routes: Record<string, Handler>) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const path = url.split('?')[0] ?? '';
    const handler = routes[`${init?.method ?? 'GET'} ${path}`];
    return handler ? handler(init) : Response.json({}, { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const json =
  (body: unknown, status = 200) =>
  () =>
    Response.json(body, { status });

function chooseFile(name: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['x'], name)] } });
}

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

describe('导入客户 (item 9)', { timeout: 20_000 }, () => {
  it('is not shown without customer:import', async () => {
    server({ 'GET /api/me': json(me({ 'customer:read': 'own' })) });
    renderWithProviders(<ImportCustomersButton />);
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByTestId('customer-import')).toBeNull();
  });

  it('shows the server’s message on the file (a GBK CSV) and sends nothing else', async () => {
    const fetch = server({
      'GET /api/me': json(me({ 'customer:import': 'all' })),
      'GET /api/customers/imports': json({ items: [] }),
      'POST /api/customers/import': json(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: '提交的内容有误',
            fields: { file: 'CSV 文件不是 UTF-8 编码（可能是 GBK）' },
          },
        },
        400,
      ),
    });
    renderWithProviders(<ImportCustomersButton />);
    fireEvent.click(await screen.findByTestId('customer-import'));
    expect(screen.getByTestId('import-start').hasAttribute('disabled')).toBe(true);
    // Without customer:assign there is no owner to choose.
    expect(screen.queryByTestId('import-owner')).toBeNull();
    chooseFile('客户.csv');
    fireEvent.click(screen.getByTestId('import-start'));
    expect(await screen.findByText('CSV 文件不是 UTF-8 编码（可能是 GBK）')).toBeTruthy();
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    const body = post?.[1]?.body;
    expect(body).toBeInstanceOf(FormData);
    expect((body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('uploads, shows progress while the rows are processed, then the bad rows and the flagged duplicates', async () => {
    let polls = 0;
    server({
      'GET /api/me': json(me({ 'customer:import': 'all', 'customer:assign': 'all' })),
      'GET /api/customers/imports': json({ items: [] }),
      'GET /api/customers/assignees': json({ items: [] }),
      'POST /api/customers/import': json(run({})),
      [`GET /api/customers/import/${runId}`]: () => {
        polls += 1;
        if (polls === 1)
          return Response.json(run({ status: 'running', processedRows: 40, okRows: 38, badRows: 2 }));
        return Response.json(
          run({
            status: 'done',
            processedRows: 100,
            okRows: 97,
            badRows: 3,
            duplicateRows: 1,
            errorCount: 3,
            duplicateCount: 1,
            errors: [
              {
                row: 7,
                field: 'creditCode',
                column: '统一社会信用代码',
                reason: '统一社会信用代码应为 18 位且校验位正确',
              },
              { row: 12, field: 'level', column: '等级', reason: '客户等级须为：A、B、C、D' },
              { row: 40, field: 'owner', column: '负责人(用户名)', reason: '负责人“nobody”不存在' },
            ],
            duplicates: [
              {
                row: 9,
                recordId: newId,
                matches: [{ id: oldId, name: '北京华宇科技有限公司', by: ['phone', 'name'] }],
              },
            ],
          }),
        );
      },
    });
    renderWithProviders(<ImportCustomersButton />);
    fireEvent.click(await screen.findByTestId('customer-import'));
    expect(screen.getByTestId('import-owner')).toBeTruthy();
    chooseFile('客户.xlsx');
    fireEvent.click(screen.getByTestId('import-start'));

    const progress = await screen.findByTestId('import-progress');
    await waitFor(() => expect(within(progress).getByText('40%')).toBeTruthy());

    const result = await screen.findByTestId('import-result', {}, { timeout: 5000 });
    expect(result.textContent).toContain('成功导入 97 行，未导入 3 行，疑似重复 1 行');
    const errors = within(screen.getByTestId('import-errors'));
    expect(errors.getByText('统一社会信用代码应为 18 位且校验位正确')).toBeTruthy();
    expect(errors.getByText('12')).toBeTruthy();
    expect(errors.getByText('等级')).toBeTruthy();
    fireEvent.click(screen.getByText('疑似重复（1）'));
    const duplicates = within(screen.getByTestId('import-duplicates'));
    expect(duplicates.getByRole('link', { name: '北京华宇科技有限公司' }).getAttribute('href')).toBe(
      `/customers/${oldId}`,
    );
    expect(duplicates.getByRole('link', { name: '查看' }).getAttribute('href')).toBe(`/customers/${newId}`);
    expect(duplicates.getByText('（电话相同、名称相同）')).toBeTruthy();
  });
});
