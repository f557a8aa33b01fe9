import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n, { ensureMessages } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { JobsPage } from './JobsPage';
import { describeSchedule, formatInZone } from './schedule-words';

afterEach(() => vi.unstubAllGlobals());

const job = {
  name: 'deadlines.escalate',
  label: { 'zh-CN': '期限提醒与逾期上报', en: 'Deadline reminders and escalation' },
  intervalSeconds: 60,
  schedule: { kind: 'interval', seconds: 60 },
  nextRunAt: '2026-03-02T01:01:00.000Z',
  retryAt: null,
  lastRunAt: '2026-03-02T01:00:00.000Z',
  lastResult: 'ok',
  lastMessage: 'items=0 notices=0',
  lastSummary: { 'zh-CN': '处理到期事项 0 条，发出提醒 0 条', en: '0 due items handled, 0 notices sent' },
  lastDurationMs: 4,
};

const collection = {
  name: 'collection.daily',
  label: { 'zh-CN': '逾期应收款提醒与升级', en: 'Overdue receivables: notices and escalation' },
  intervalSeconds: null,
  schedule: { kind: 'cron', cron: '30 17 * * *', workingDaysOnly: true, policyId: 'ar.collectionRunTime' },
  nextRunAt: '2026-03-02T09:30:00.000Z',
  retryAt: '2026-03-02T01:05:00.000Z',
  lastRunAt: '2026-03-02T01:00:00.000Z',
  lastResult: 'failed',
  lastMessage: 'boom',
  lastSummary: null,
  lastDurationMs: 7,
};

const runs = {
  items: [
    {
      id: 2,
      tickAt: '2026-03-01T09:30:00.000Z',
      attempt: 2,
      trigger: 'retry',
      instance: 'host:1:abc',
      startedAt: '2026-03-01T09:35:00.000Z',
      finishedAt: '2026-03-01T09:35:01.000Z',
      result: 'failed',
      message: 'boom',
      summary: null,
      retryAt: null,
    },
    {
      id: 1,
      tickAt: '2026-03-01T09:30:00.000Z',
      attempt: 1,
      trigger: 'schedule',
      instance: 'host:1:abc',
      startedAt: '2026-03-01T09:30:00.000Z',
      finishedAt: '2026-03-01T09:30:01.000Z',
      result: 'failed',
      message: 'boom',
      summary: null,
      retryAt: '2026-03-01T09:35:00.000Z',
    },
  ],
  total: 2,
  page: 1,
  pageSize: 10,
};

function stubServer() {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/jobs') return Response.json({ items: [collection, job], timeZone: 'Asia/Shanghai' });
    if (url === '/api/clock')
      return Response.json({ now: job.lastRunAt, tz: 'Asia/Shanghai', control: false });
    if (url === '/api/jobs/deadlines.escalate/run' && init?.method === 'POST')
      return Response.json({ result: 'ok', message: 'items=1 notices=2', durationMs: 5, job });
    if (url.startsWith('/api/jobs/collection.daily/runs')) return Response.json(runs);
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
  return fetch;
}

describe('JobsPage (定时任务)', { timeout: 20_000 }, () => {
  it('lists jobs with last run, result and duration; run now asks first, then runs', async () => {
    const fetch = stubServer();
    renderWithProviders(<JobsPage />, { route: '/jobs' });
    expect(await screen.findByText('期限提醒与逾期上报')).toBeTruthy();
    expect(screen.getByText('每分钟')).toBeTruthy();
    // The run's message as a sentence; the job's code is not shown.
    expect(screen.getByText('处理到期事项 0 条，发出提醒 0 条')).toBeTruthy();
    expect(screen.queryByText('deadlines.escalate')).toBeNull();
    expect(screen.queryByText('items=0 notices=0')).toBeNull();
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

  it('a cron job shows its schedule in words, next run and retry in the company time zone, and its last runs', async () => {
    const fetch = stubServer();
    renderWithProviders(<JobsPage />, { route: '/jobs' });
    expect(await screen.findByText('每个工作日 17:30')).toBeTruthy();
    expect(screen.getAllByText('下次运行（Asia/Shanghai）').length).toBeGreaterThan(0);
    // 09:30 UTC is 17:30 in Shanghai, whatever the browser's zone.
    expect(screen.getByText('2026-03-02 17:30:00')).toBeTruthy();
    expect(screen.getByText('将于 2026-03-02 09:05:00 重试')).toBeTruthy();

    const row = screen.getByText('逾期应收款提醒与升级').closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /展开|expand/i }));
    const table = await screen.findByTestId('runs-collection.daily');
    await waitFor(() => expect(within(table).getAllByText('第 2 次')).toHaveLength(1));
    expect(fetch.mock.calls.some(([u]) => String(u).startsWith('/api/jobs/collection.daily/runs?'))).toBe(
      true,
    );
    const cells = within(table).getAllByRole('row').slice(1);
    // Newest first, as the server sends them: the retry, then the scheduled try.
    expect(within(cells[0]!).getByText('重试')).toBeTruthy();
    expect(within(cells[1]!).getByText('定时')).toBeTruthy();
    expect(within(cells[1]!).getByText('将于 2026-03-01 17:35:00 重试')).toBeTruthy();
    expect(within(cells[0]!).getByText('2026-03-01 17:30:00')).toBeTruthy();
  });

  it('schedules in words, zh-CN and en: working days, month and quarter ends, weekdays; other expressions as they are', async () => {
    await ensureMessages('en');
    const zh = i18n.getFixedT('zh-CN');
    const en = i18n.getFixedT('en');
    const cron = (c: string, workingDaysOnly = false) =>
      ({ kind: 'cron', cron: c, workingDaysOnly, policyId: null }) as const;
    expect(describeSchedule(cron('0 1 * * *'), zh)).toBe('每天 01:00');
    expect(describeSchedule(cron('0 1 * * *'), en)).toBe('Every day at 01:00');
    expect(describeSchedule(cron('30 17 * * *', true), en)).toBe('Every working day at 17:30');
    expect(describeSchedule(cron('50 9 * * 1-5'), zh)).toBe('每周一至周五 09:50');
    expect(describeSchedule(cron('0 18 L * *'), zh)).toBe('每月最后一天 18:00');
    expect(describeSchedule(cron('0 18 L 3,6,9,12 *'), en)).toBe('On the last day of every quarter at 18:00');
    expect(describeSchedule(cron('0 9 5 * *', true), zh)).toBe('每月 5 日 09:00（仅工作日）');
    expect(describeSchedule(cron('*/15 * * * *'), zh)).toBe('每 15 分钟');
    expect(describeSchedule(cron('0 */2 * * *'), en)).toBe('Every 2 hours');
    expect(describeSchedule(cron('5 4 1-7 * 1'), zh)).toBe('按 cron 表达式 5 4 1-7 * 1');
    expect(describeSchedule({ kind: 'interval', seconds: 86_400 }, zh)).toBe('每天');
    expect(describeSchedule({ kind: 'interval', seconds: 2 * 86_400 }, en)).toBe('Every 2 days');
    expect(describeSchedule({ kind: 'interval', seconds: 3600 }, zh)).toBe('每小时');
    expect(formatInZone('2026-03-02T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-03-03 00:00:00');
  });
});
