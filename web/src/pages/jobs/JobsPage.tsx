import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TJob } from '../../api/types';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { formatDateTime, localized } from '../../components/format';
import { useBusinessClock, useJobs, useRunJob } from './hooks';

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
  const interval = (s: number) =>
    s % 60 === 0
      ? t('deadlines.jobs.everyMinutes', { count: s / 60 })
      : t('deadlines.jobs.everySeconds', { count: s });
  return (
    <Card
      title={t('deadlines.jobs.title')}
      extra={
        clock.data ? (
          <Typography.Text type="secondary" data-testid="business-clock">
            {t('deadlines.jobs.clock', { now: formatDateTime(clock.data.now), tz: clock.data.tz })}
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
        columns={[
          {
            key: 'name',
            title: t('deadlines.jobs.name'),
            render: (_, job) => (
              <>
                <div>{localized(job.label, i18n.language)}</div>
                <Typography.Text type="secondary" code>
                  {job.name}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'interval',
            title: t('deadlines.jobs.interval'),
            render: (_, job) => interval(job.intervalSeconds),
          },
          {
            key: 'lastRun',
            title: t('deadlines.jobs.lastRun'),
            render: (_, job) => (job.lastRunAt ? formatDateTime(job.lastRunAt) : t('deadlines.jobs.never')),
          },
          {
            key: 'nextRun',
            title: t('deadlines.jobs.nextRun'),
            render: (_, job) =>
              job.nextRunAt ? formatDateTime(job.nextRunAt) : t('deadlines.jobs.notScheduled'),
          },
          {
            key: 'result',
            title: t('deadlines.jobs.result'),
            render: (_, job) =>
              job.lastResult ? (
                <Tag color={job.lastResult === 'ok' ? 'green' : 'red'}>
                  {t(`deadlines.jobs.results.${job.lastResult}`)}
                </Tag>
              ) : null,
          },
          {
            key: 'message',
            title: t('deadlines.jobs.message'),
            render: (_, job) => (
              <Typography.Text ellipsis={{ tooltip: job.lastMessage }} style={{ maxWidth: 320 }}>
                {job.lastMessage}
              </Typography.Text>
            ),
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
