import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../../../api/api';
import { ApiError } from '../../../api/client';
import { type TVisitCalendar, useMoveVisit, visitCalendarKey } from './hooks';

const visit = {
  id: '11111111-1111-4111-8111-111111111111',
  rep: { id: '22222222-2222-4222-8222-222222222222', username: 'rep01', displayName: '赵磊' },
  customer: { id: '33333333-3333-4333-8333-333333333333', name: '上海浦东新材料科技有限公司' },
  purpose: 'maintenance',
  status: 'planned' as const,
  day: '2026-03-04',
  plannedOn: '2026-03-04',
  plannedMinutes: 60,
  fromPlan: false,
  checkInAt: null,
  checkOutAt: null,
  canMove: true,
};
const calendar: TVisitCalendar = {
  from: '2026-03-02',
  to: '2026-03-08',
  today: '2026-03-02',
  reps: [visit.rep],
  visits: [visit],
  nextSteps: [],
  dueItems: [],
};
const query = { from: '2026-03-02', to: '2026-03-08' };

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData([...visitCalendarKey, query], calendar);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, hook: renderHook(() => useMoveVisit(query), { wrapper }) };
}
const dayOf = (client: QueryClient) =>
  client.getQueryData<TVisitCalendar>([...visitCalendarKey, query])?.visits[0]?.day;

describe('VIS-1: a move shows at once and goes back when the server refuses it', () => {
  it('optimistic: the visit is on its new day before the server answers', async () => {
    let answer: (v: unknown) => void = () => {};
    vi.spyOn(api, 'post').mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)) as never);
    vi.spyOn(api, 'get').mockResolvedValue({
      ...calendar,
      visits: [{ ...visit, day: '2026-03-06', plannedOn: '2026-03-06' }],
    } as never);
    const { client, hook } = setup();
    act(() => hook.result.current.mutate({ visit, plannedOn: '2026-03-06' }));
    await waitFor(() => expect(dayOf(client)).toBe('2026-03-06'));
    act(() => answer({ id: visit.id, plannedOn: '2026-03-06' }));
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
    expect(dayOf(client)).toBe('2026-03-06');
  });

  it('rollback: a refusal puts the visit back on its day', async () => {
    vi.spyOn(api, 'post').mockRejectedValueOnce(
      new ApiError(422, 'VISIT_NOT_MOVABLE', '只有尚未开始的拜访可以改期'),
    );
    vi.spyOn(api, 'get').mockResolvedValue(calendar as never);
    const { client, hook } = setup();
    act(() => hook.result.current.mutate({ visit, plannedOn: '2026-03-06' }));
    await waitFor(() => expect(hook.result.current.isError).toBe(true));
    expect(dayOf(client)).toBe('2026-03-04');
  });
});
