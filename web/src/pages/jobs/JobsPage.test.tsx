import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../api/routes';
import { renderWithProviders } from '../../test/render';
import { JobsPage } from './JobsPage';

afterEach(() => vi.unstubAllGlobals());

const job = {
  name: 'deadlines.escalate',
  label: { 'zh-CN': '期限提醒与逾期上报', en: 'Deadline reminders and escalation' },
  intervalSeconds: 60,
  nextRunAt: '2026-03-02T01:01:00.000Z',
  lastRunAt: '2026-03-02T01:00:00.000Z',
  lastResult: 'ok',
  lastMessage: 'items=0 notices=0',
  lastDurationMs: 4,
} satisfies ApiResponse<'GET /api/jobs'>['items'][number];

describe('JobsPage (定时任务)', () => {
  it('lists jobs with last run, result and duration; run now asks first, then runs', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/jobs') return Response.json({ items: [job] });
      if (url === '/api/clock')
        return Response.json({ now: job.lastRunAt, tz: 'Asia/Shanghai', control: false });
      if (url === '/api/jobs/deadlines.escalate/run' && init?.method === 'POST')
        return Response.json({ result: 'ok', message: 'items=1 notices=2', durationMs: 5, job });
      return new Response('{}', { status: 404 });
    });
    vi.stubGlobal('fetch', fetch);
    // jsdom has no ResizeObserver; the ellipsis of the message column measures with it.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    renderWithProviders(<JobsPage />, { route: '/jobs' });
    expect(await screen.findByText('期限提醒与逾期上报')).toBeTruthy();
    expect(screen.getByText('每 1 分钟')).toBeTruthy();
    expect(screen.getByText('成功')).toBeTruthy();
    expect(screen.getByText('4 毫秒')).toBeTruthy();

    fireEvent.click(screen.getByTestId('run-deadlines.escalate'));
    expect(await screen.findByText(/立即运行“期限提醒与逾期上报”/)).toBeTruthy();
    expect(fetch.mock.calls.some(([u]) => u === '/api/jobs/deadlines.escalate/run')).toBe(false);
    const buttons = screen.getAllByRole('button', { name: /立即运行/ });
    fireEvent.click(buttons[buttons.length - 1]!);
    await waitFor(() =>
      expect(fetch.mock.calls.some(([u]) => u === '/api/jobs/deadlines.escalate/run')).toBe(true),
    );
    expect(await screen.findByText('“期限提醒与逾期上报”已运行：成功')).toBeTruthy();
  });
});
