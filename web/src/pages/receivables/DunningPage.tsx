import { SendOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Segmented, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan, useMe } from '../../api/hooks/me';
import { useDunningItems, useDunningRuns, useRunDunning } from '../../api/hooks/receivables';
import type { TDunningItem, TDunningItemQuery, TDunningRun } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { totalLabel } from '../../components/PagedTable';
import { useAction } from '../../components/use-action';
import { DispatchText, DunningDispatchCard } from './DunningDispatchCard';
import { DunningOutcomeModal } from './DunningOutcomeModal';
import { OutcomeTag } from './receivable-tags';

type ItemQuery = Omit<TDunningItemQuery, 'page' | 'pageSize'> & { page: number; pageSize: number };

/** AR-6: finance's button; allowed from the policy day on, once a month. */
function RunButton() {
  const { t } = useTranslation();
  const action = useAction();
  const runs = useDunningRuns();
  const run = useRunDunning();
  const w = runs.data;
  const early = w !== undefined && w.today < w.runFrom;
  const done = w?.doneThisMonth ?? false;
  const reason = done
    ? t('receivables.dunning.doneThisMonth')
    : early
      ? t('receivables.dunning.notYet', { date: w?.runFrom })
      : null;
  const button = (
    <Button type="primary" icon={<SendOutlined />} disabled={!w || reason !== null} data-testid="dunning-run">
      {t('receivables.dunning.run')}
    </Button>
  );
  if (reason) return <Tooltip title={reason}>{button}</Tooltip>;
  return (
    <Popconfirm
      title={t('receivables.dunning.runConfirmTitle')}
      description={t('receivables.dunning.runConfirm')}
      okText={t('receivables.dunning.runOk')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        action.run(
          () => run.mutateAsync(undefined),
          (r) => t('receivables.dunning.runDone', { count: r.itemCount }),
        )
      }
    >
      {button}
    </Popconfirm>
  );
}

/**
 * AR-6: month-end dunning — finance issues the month's 催款通知单; each rep contacts the
 * customers of their items the same day and records the outcome; supervisors follow their reps'.
 */
export function DunningPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [params] = useSearchParams();
  const runs = useDunningRuns();
  const [query, setQuery] = useState<ItemQuery>({
    page: 1,
    pageSize: 20,
    outcome: 'open',
    runId: params.get('runId') ?? undefined,
  });
  const items = useDunningItems(query);
  const [recording, setRecording] = useState<TDunningItem | null>(null);
  const seesOthers = (me.data?.permissions['receivable:read'] ?? 'own') !== 'own';

  const runColumns: ColumnsType<TDunningRun> = [
    { title: t('receivables.dunning.period'), dataIndex: 'period', key: 'period' },
    { title: t('receivables.dunning.runOn'), dataIndex: 'runOn', key: 'runOn' },
    { title: t('receivables.dunning.itemCount'), dataIndex: 'itemCount', key: 'itemCount', align: 'right' },
    { title: t('receivables.dunning.openCount'), dataIndex: 'openCount', key: 'openCount', align: 'right' },
    { title: t('receivables.dunning.issuedBy'), key: 'by', render: (_, r) => r.issuedBy?.displayName ?? '' },
    { title: t('receivables.dunning.issuedAt'), key: 'at', render: (_, r) => formatDateTime(r.issuedAt) },
  ];

  const itemColumns: ColumnsType<TDunningItem> = [
    { title: t('receivables.dunning.period'), dataIndex: 'period', key: 'period' },
    {
      title: t('receivables.fields.customer'),
      key: 'customer',
      render: (_, i) => <Link to={`/customers/${i.customer.id}`}>{i.customer.name}</Link>,
    },
    { title: t('receivables.fields.contract'), key: 'contract', render: (_, i) => i.contract.number },
    ...(seesOthers
      ? [
          {
            title: t('receivables.dunning.rep'),
            key: 'rep',
            render: (_: unknown, i: TDunningItem) => i.rep.displayName,
          },
          {
            title: t('receivables.dunning.supervisor'),
            key: 'sup',
            render: (_: unknown, i: TDunningItem) => i.supervisor?.displayName ?? '',
          },
        ]
      : []),
    {
      title: t('receivables.fields.open'),
      key: 'open',
      align: 'right',
      render: (_, i) => formatFenText(i.outstandingFen),
    },
    { title: t('receivables.fields.dueDate'), dataIndex: 'dueDate', key: 'dueDate' },
    {
      title: t('receivables.fields.status'),
      key: 'days',
      render: (_, i) =>
        i.daysOverdue > 0
          ? t('receivables.status.overdueDays', { count: i.daysOverdue })
          : t('receivables.dunning.dueIn', { count: -i.daysOverdue }),
    },
    {
      title: t('receivables.dunning.dispatch.column'),
      key: 'dispatch',
      render: (_, i) => <DispatchText item={i} />,
    },
    {
      title: t('receivables.dunning.outcome'),
      key: 'outcome',
      render: (_, i) => (
        <Space direction="vertical" size={0}>
          <OutcomeTag outcome={i.outcome} />
          {i.promisedOn && (
            <Typography.Text type="secondary">
              {t('receivables.dunning.promisedBy', { date: i.promisedOn })}
            </Typography.Text>
          )}
          {i.outcomeNote && <Typography.Text type="secondary">{i.outcomeNote}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, i) =>
        can('dunning:outcome') ? (
          <Button type="link" size="small" onClick={() => setRecording(i)} data-testid="dunning-record">
            {i.outcome ? t('receivables.dunning.changeOutcome') : t('receivables.dunning.recordOutcome')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('receivables.dunning.runsTitle')} extra={can('dunning:run') ? <RunButton /> : null}>
        <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />
        <Table<TDunningRun>
          rowKey="id"
          size="small"
          columns={runColumns}
          dataSource={runs.data?.items}
          loading={runs.isFetching}
          pagination={false}
          data-testid="dunning-runs"
        />
      </Card>
      {can('dunning:dispatch') && <DunningDispatchCard />}
      <Card title={seesOthers ? t('receivables.dunning.teamItems') : t('receivables.dunning.myItems')}>
        <Space style={{ marginBottom: 16 }} wrap>
          <Segmented<'open' | 'all'>
            value={query.outcome === 'open' ? 'open' : 'all'}
            onChange={(v) => setQuery((q) => ({ ...q, page: 1, outcome: v === 'open' ? 'open' : undefined }))}
            options={[
              { value: 'open', label: t('receivables.dunning.onlyOpen') },
              { value: 'all', label: t('receivables.dunning.all') },
            ]}
          />
          <Select
            allowClear
            placeholder={t('receivables.dunning.allRuns')}
            style={{ width: 160 }}
            value={query.runId}
            onChange={(runId: string | undefined) => setQuery((q) => ({ ...q, page: 1, runId }))}
            options={(runs.data?.items ?? []).map((r) => ({ value: r.id, label: r.period }))}
          />
        </Space>
        <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />
        <Table<TDunningItem>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          columns={itemColumns}
          dataSource={items.data?.items}
          loading={items.isFetching}
          rowClassName={(i) => (i.id === params.get('item') ? 'ant-table-row-selected' : '')}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: items.data?.total ?? 0,
            showTotal: (total) => totalLabel(t, total, items.data?.totalCapped),
            onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
          }}
          data-testid="dunning-items"
        />
      </Card>
      <DunningOutcomeModal item={recording} onClose={() => setRecording(null)} />
    </Space>
  );
}
