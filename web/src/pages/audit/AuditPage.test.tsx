import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TAuditEntry } from '../../api/types';
import i18n, { ensureMessages } from '../../i18n';
import { auditActionLabel, auditChoices, auditEntityLabel, enumLabel } from '../../i18n/labels';
import { renderWithProviders } from '../../test/render';
import { AuditPage } from './AuditPage';
import { auditDiff } from './audit-diff';

afterEach(() => vi.unstubAllGlobals());

const OWNER = '11111111-1111-4111-8111-111111111111';
const NEW_OWNER = '22222222-2222-4222-8222-222222222222';
const entry: TAuditEntry = {
  id: 7,
  at: '2026-03-02T01:00:00.000Z',
  actorId: NEW_OWNER,
  actorName: 'sup01',
  entity: 'customer',
  entityId: '33333333-3333-4333-8333-333333333333',
  action: 'customer.reassign',
  before: { ownerId: OWNER, creditLimitFen: '26600000', status: 'active', name: '华东机电' },
  after: { ownerId: NEW_OWNER, creditLimitFen: '30000000', status: 'active', name: '华东机电' },
  requestId: 'r1',
  ip: '127.0.0.1',
  hash: 'abc',
  actor: { id: NEW_OWNER, username: 'sup01', displayName: '王主管' },
  people: { [OWNER]: '李代表', [NEW_OWNER]: '王主管' },
};

const me = {
  user: {
    id: NEW_OWNER,
    username: 'admin',
    displayName: '管理员',
    position: '系统管理员',
    email: null,
    locale: 'zh-CN',
  },
  unit: { id: '44444444-4444-4444-8444-444444444444', name: '总部' },
  roles: [],
  permissions: { 'audit:read': 'all', 'user:read': 'all' },
  superior: null,
};

function stubServer() {
  const fetch = vi.fn(async (url: string) => {
    if (url.startsWith('/api/audit?'))
      return Response.json({ items: [entry], total: 1, totalCapped: false, page: 1, pageSize: 20 });
    if (url === '/api/me') return Response.json(me);
    return Response.json({ items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 });
  });
  vi.stubGlobal('fetch', fetch);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  return fetch;
}

describe('audit log in words (PEN-3)', { timeout: 20_000 }, () => {
  it('PEN-3: shows the writer by name, the action and record type in words, and the change field by field', async () => {
    stubServer();
    renderWithProviders(<AuditPage />, { route: '/audit' });
    const table = await screen.findByTestId('audit-table');
    expect(await within(table).findByText('王主管')).toBeTruthy();
    expect(within(table).getByText('客户转交')).toBeTruthy();
    expect(within(table).getByText('客户')).toBeTruthy();
    expect(within(table).queryByText('customer.reassign')).toBeNull();
    expect(within(table).queryByText('sup01')).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: /展开|expand/i }));
    const diff = await screen.findByTestId('audit-diff-7');
    const rows = within(diff).getAllByRole('row').slice(1);
    // Only what changed: owner and credit limit; name and status stayed.
    expect(rows.map((r) => r.textContent)).toEqual(['负责人李代表王主管', '信用额度¥266,000.00¥300,000.00']);
  });

  it('PEN-3: the filters are pickers of people, actions and record types in words', async () => {
    const fetch = stubServer();
    renderWithProviders(<AuditPage />, { route: '/audit' });
    await screen.findByTestId('audit-table');
    expect(screen.getByTestId('audit-actor')).toBeTruthy();
    const zh = i18n.getFixedT('zh-CN');
    const actions = auditChoices(zh, 'auditAction');
    expect(actions).toContainEqual({ value: 'payment.confirm', label: '确认回款' });
    expect(auditChoices(zh, 'auditEntity')).toContainEqual({ value: 'payment', label: '回款' });
    expect(fetch.mock.calls.every(([u]) => !String(u).includes('actor='))).toBe(true);
  });

  it('labels in both languages, and a neutral word (never the code) for an unknown one', async () => {
    await ensureMessages('en');
    const en = i18n.getFixedT('en');
    const zh = i18n.getFixedT('zh-CN');
    expect(auditActionLabel(en, 'payment.confirm')).toBe('Payment confirmed');
    expect(auditActionLabel(zh, 'no.such')).toBe('其他操作');
    expect(auditEntityLabel(en, 'plan_change')).toBe('Payment plan change');
    expect(enumLabel(zh, 'status', 'overdue')).toBe('逾期');
    expect(enumLabel(zh, 'stage', 'nope')).toBe('其他');
  });

  it('a diff formats money, instants, people, enum values and yes/no', () => {
    const zh = i18n.getFixedT('zh-CN');
    const rows = auditDiff(
      null,
      {
        amountFen: '12345',
        signedAt: '2026-03-02T01:00:00.000Z',
        repId: OWNER,
        status: 'overdue',
        isPrimary: true,
        passwordHash: 'x',
      },
      zh,
      { [OWNER]: '李代表' },
    );
    expect(rows.map((r) => [r.label, r.after])).toEqual([
      ['金额', '¥123.45'],
      ['签订时间', expect.stringMatching(/^2026-03-02 \d{2}:00:00$/)],
      ['销售代表', '李代表'],
      ['状态', '逾期'],
      ['主要联系人', '是'],
    ]);
  });
});
