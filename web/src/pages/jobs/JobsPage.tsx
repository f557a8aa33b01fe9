import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TJob, TJobRunRecord } from '../../api/types';

type Localized = TJob['label'];

import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { localized } from '../../components/format';
import { useBusinessClock, useJobRuns, useJobs, useRunJob } from './hooks';
import { describeSchedule, formatInZone } from './schedule-words';

const RESULT_COLORS = { ok: 'green', failed: 'red', running: 'blue' } as const;

function ResultTag({ result }: { result: keyof typeof RESULT_COLORS }) {
  const { t } = useTranslation();
  return <Tag color={RESULT_COLORS[result]}>{t(`deadlines.jobs.results.${result}`)}</Tag>;
}

/** What a run reported, as a sentence in the UI's language; an error's own text otherwise. */
function RunMessage({ message, summary }: { message: string | null; summary: Localized | null }) {
  const { i18n } = useTranslation();
  const text = summary ? localized(summary, i18n.language) : message;
  return (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: 320 }}>
      {text}
    </Typography.Text>
  );
}

/** A job's recent runs (every try of every tick), newest first, times in the company time zone. */
function JobRuns({ name, timeZone }: { name: string; timeZone: string }) {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const runs = useJobRuns(name, paging);
  const at = (iso: string | null) => formatInZone(iso, timeZone);
  return (
    <>
      <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />
      <Table<TJobRunRecord>
        rowKey="id"
        size="small"
        data-testid={`runs-${name}`}
        loading={runs.isFetching}
        dataSource={runs.data?.items}
        locale={{ emptyText: t('deadlines.jobs.runs.empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: runs.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { key: 'tick', title: t('deadlines.jobs.runs.tick'), render: (_, r) => at(r.tickAt) },
          {
            key: 'attempt',
            title: t('deadlines.jobs.runs.attempt'),
            render: (_, r) => t('deadlines.jobs.runs.attemptN', { count: r.attempt }),
          },
          {
            key: 'trigger',
            title: t('deadlines.jobs.runs.trigger'),
            render: (_, r) => t(`deadlines.jobs.runs.triggers.${r.trigger}`),
          },
          { key: 'started', title: t('deadlines.jobs.runs.started'), render: (_, r) => at(r.startedAt) },
          { key: 'finished', title: t('deadlines.jobs.runs.finished'), render: (_, r) => at(r.finishedAt) },
          {
            key: 'result',
            title: t('deadlines.jobs.result'),
            render: (_, r) => (
              <>
                <ResultTag result={r.result} />
                {r.retryAt ? (
                  <Typography.Text type="secondary">
                    {t('deadlines.jobs.retryAt', { at: at(r.retryAt) })}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            key: 'message',
            title: t('deadlines.jobs.message'),
            render: (_, r) => <RunMessage message={r.message} summary={r.summary} />,
          },
          { key: 'instance', title: t('deadlines.jobs.runs.instance'), dataIndex: 'instance' },
        ]}
      />
    </>
  );
}

function RunNow({ job }: { job: TJob }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const run = useRunJob();
  const name = localized(job.label, i18n.language);
  // Resolve only after the request, so the Popconfirm spins until the run is done.
  const confirm = async () => {
    try {
      const outcome = await run.mutateAsync(job.name);
      const result = t(`deadlines.jobs.results.${outcome.result}`);
      if (outcome.result === 'ok') message.success(t('deadlines.jobs.ran', { name, result }));
      else message.error(t('deadlines.jobs.ran', { name, result }));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Popconfirm
      title={t('deadlines.jobs.runConfirm', { name })}
      okText={t('deadlines.jobs.runNow')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button type="link" size="small" icon={<PlayCircleOutlined />} data-testid={`run-${job.name}`}>
        {t('deadlines.jobs.runNow')}
      </Button>
    </Popconfirm>
  );
}

/** 定时任务: every scheduled job with its last and next run, and "run now" (job:manage). */
export function JobsPage() {
  const { t, i18n } = useTranslation();
  const jobs = useJobs();
  const clock = useBusinessClock();
  const timeZone = jobs.data?.timeZone ?? 'Asia/Shanghai';
  return (
    <Card
      title={t('deadlines.jobs.title')}
      extra={
        clock.data ? (
          <Typography.Text type="secondary" data-testid="business-clock">
            {t('deadlines.jobs.clock', {
              now: formatInZone(clock.data.now, clock.data.tz),
              tz: clock.data.tz,
            })}
          </Typography.Text>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('deadlines.jobs.hint')}</Typography.Paragraph>
      <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />
      <Table<TJob>
        rowKey="name"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={jobs.isFetching}
        dataSource={jobs.data?.items}
        pagination={false}
        data-testid="jobs-table"
        expandable={{
          expandedRowRender: (job) => <JobRuns name={job.name} timeZone={timeZone} />,
        }}
        columns={[
          {
            key: 'name',
            title: t('deadlines.jobs.name'),
            render: (_, job) => (
              <span data-testid={`job-${job.name}`}>{localized(job.label, i18n.language)}</span>
            ),
          },
          {
            key: 'schedule',
            title: t('deadlines.jobs.schedule'),
            render: (_, job) => {
              const words = describeSchedule(job.schedule, t);
              if (job.schedule.kind === 'interval') return words;
              const source = job.schedule.policyId
                ? t('deadlines.jobs.fromPolicy')
                : t('deadlines.jobs.inCode');
              return (
                <Tooltip title={source}>
                  <span data-testid={`schedule-${job.name}`}>{words}</span>
                </Tooltip>
              );
            },
          },
          {
            key: 'lastRun',
            title: t('deadlines.jobs.lastRun'),
            render: (_, job) =>
              job.lastRunAt ? formatInZone(job.lastRunAt, timeZone) : t('deadlines.jobs.never'),
          },
          {
            key: 'nextRun',
            title: t('deadlines.jobs.nextRunIn', { tz: timeZone }),
            render: (_, job) => (
              <>
                <div>
                  {job.nextRunAt ? formatInZone(job.nextRunAt, timeZone) : t('deadlines.jobs.notScheduled')}
                </div>
                {job.retryAt ? (
                  <Typography.Text type="secondary">
                    {t('deadlines.jobs.retryAt', { at: formatInZone(job.retryAt, timeZone) })}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            key: 'result',
            title: t('deadlines.jobs.result'),
            render: (_, job) => (job.lastResult ? <ResultTag result={job.lastResult} /> : null),
          },
          {
            key: 'message',
            title: t('deadlines.jobs.message'),
            render: (_, job) => <RunMessage message={job.lastMessage} summary={job.lastSummary} />,
          },
          {
            key: 'duration',
            title: t('deadlines.jobs.duration'),
            render: (_, job) =>
              job.lastDurationMs === null
                ? null
                : t('deadlines.jobs.durationMs', { count: job.lastDurationMs }),
          },
          { key: 'actions', title: t('common.actions'), render: (_, job) => <RunNow job={job} /> },
        ]}
      />
    </Card>
  );
}
