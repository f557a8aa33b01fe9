import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveOnBoard } from '../../api/hooks/opportunities';
import type { ApiResponse } from '../../api/routes';
import type { TOpportunity, TOpportunityBoard } from '../../api/types';
import { renderWithProviders } from '../../test/render';
import { OpportunityBoard } from './OpportunityBoard';

const user = { id: '00000000-0000-4000-8000-000000000001', username: 'rep01', displayName: '赵磊' };
const me = {
  user: { ...user, position: '销售代表', email: null, locale: 'zh-CN' },
  unit: { id: '00000000-0000-4000-8000-000000000002', name: '华东一组' },
  roles: [],
  permissions: { 'opportunity:read': 'own', 'opportunity:write': 'own' },
  superior: null,
  timeZone: 'Asia/Shanghai',
} satisfies ApiResponse<'GET /api/me'>;
const card: TOpportunity = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: '华宇二期',
  customer: { id: '00000000-0000-4000-8000-0000000000cc', name: '华宇建材' },
  stage: 'lead',
  amountFen: '100000',
  probability: 10,
  weightedFen: '10000',
  expectedCloseDate: '2026-06-30',
  owner: user,
  unit: me.unit,
  stageChangedAt: '2026-03-02T01:00:00.000Z',
  closedAt: null,
  lostReason: null,
  remark: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
  canEdit: true,
};
const stages = ['lead', 'needs', 'solution', 'negotiation', 'won', 'lost'] as const;
const board = (): TOpportunityBoard => ({
  columns: stages.map((stage) =>
    stage === 'lead'
      ? { stage, count: 1, amountFen: '100000', weightedFen: '10000', items: [card], more: 0 }
      : { stage, count: 0, amountFen: '0', weightedFen: '0', items: [], more: 0 },
  ),
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

/** The fake server: the board, and a stage move answered by `onMove`. */
function serve(onMove: (body: { stage: string; lostReason?: string }) => Promise<Response>) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return Response.json(me);
    if (url.startsWith('/api/opportunities/board')) return Response.json(board());
    if (url === `/api/opportunities/${card.id}/stage` && init?.method === 'POST')
      return onMove(JSON.parse(String(init.body)));
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function chooseMove(stageLabel: string) {
  fireEvent.click(await screen.findByTestId(`opportunity-move-${card.id}`));
  fireEvent.click(await screen.findByRole('menuitem', { name: stageLabel }));
}

describe('opportunity kanban (CUS-8)', () => {
  it('a column per stage with count, amount and weighted amount in yuan; the card shows customer, amount, date, owner', async () => {
    serve(async () => Response.json({}));
    renderWithProviders(<OpportunityBoard onOpen={() => {}} />);
    const lead = await screen.findByTestId('kanban-column-lead');
    for (const stage of stages) expect(screen.getByTestId(`kanban-column-${stage}`)).toBeTruthy();
    expect(within(lead).getByText('线索')).toBeTruthy();
    expect(within(lead).getByText('1 个')).toBeTruthy();
    expect(within(lead).getByText('金额 ¥1,000.00')).toBeTruthy();
    expect(within(lead).getByText('加权 ¥100.00')).toBeTruthy();
    const cardNode = within(lead).getByTestId(`kanban-card-${card.id}`);
    for (const text of ['华宇二期', '华宇建材', '¥1,000.00', '2026-06-30', '赵磊'])
      expect(within(cardNode).getByText(text)).toBeTruthy();
    expect(cardNode.getAttribute('aria-roledescription')).toBeTruthy();
  });

  it('moves the card at once and puts it back when the server refuses', async () => {
    let refuse: (r: Response) => void = () => {};
    const fetch = serve(() => new Promise<Response>((resolve) => (refuse = resolve)));
    renderWithProviders(<OpportunityBoard onOpen={() => {}} />);
    await screen.findByTestId(`kanban-card-${card.id}`);
    await chooseMove('需求分析');
    await waitFor(() =>
      expect(
        within(screen.getByTestId('kanban-column-needs')).queryByTestId(`kanban-card-${card.id}`),
      ).toBeTruthy(),
    );
    expect(within(screen.getByTestId('kanban-column-needs')).getByText('金额 ¥1,000.00')).toBeTruthy();
    refuse(
      Response.json(
        { error: { code: 'OPPORTUNITY_CLOSED', message: '商机已赢单或输单，不能再修改或变更阶段' } },
        { status: 422 },
      ),
    );
    expect(await screen.findByText('商机已赢单或输单，不能再修改或变更阶段')).toBeTruthy();
    await waitFor(() =>
      expect(
        within(screen.getByTestId('kanban-column-lead')).queryByTestId(`kanban-card-${card.id}`),
      ).toBeTruthy(),
    );
    const move = fetch.mock.calls.find(([u]) => String(u).endsWith('/stage'));
    expect(JSON.parse(String(move?.[1]?.body))).toEqual({ stage: 'needs' });
  });

  it('输单 asks for the reason first and sends it with the move', async () => {
    const fetch = serve(async () => Response.json({ ...card, stage: 'lost', lostReason: '预算取消' }));
    renderWithProviders(<OpportunityBoard onOpen={() => {}} />);
    await screen.findByTestId(`kanban-card-${card.id}`);
    await chooseMove('输单');
    const form = await screen.findByTestId('opportunity-lost-form');
    expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/stage'))).toBe(false);
    fireEvent.click(within(form).getByRole('button', { name: '确认输单' }));
    expect(await within(form).findByText('必填')).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox'), { target: { value: '预算取消' } });
    fireEvent.click(within(form).getByRole('button', { name: '确认输单' }));
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/stage'))).toBe(true));
    const move = fetch.mock.calls.find(([u]) => String(u).endsWith('/stage'));
    expect(JSON.parse(String(move?.[1]?.body))).toEqual({ stage: 'lost', lostReason: '预算取消' });
  });
});

describe('moveOnBoard (the optimistic move)', () => {
  it('takes the card out of its column and puts it on top of the target, counts and amounts follow as exact fen', () => {
    const before = board();
    before.columns[0]!.amountFen = '900719925474099300';
    before.columns[0]!.items = [{ ...card, amountFen: '900719925474099300' }];
    const after = moveOnBoard(before, { id: card.id, stage: 'needs' });
    expect(after.columns[0]).toMatchObject({ count: 0, amountFen: '0', items: [] });
    expect(after.columns[1]).toMatchObject({ count: 1, amountFen: '900719925474099300' });
    expect(after.columns[1]!.items[0]).toMatchObject({ id: card.id, stage: 'needs' });
    expect(moveOnBoard(before, { id: 'missing', stage: 'needs' })).toBe(before);
  });
});
