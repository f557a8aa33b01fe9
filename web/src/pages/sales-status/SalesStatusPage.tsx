import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, DatePicker, Flex, Progress, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api';
import { useCan } from '../../api/hooks/me';
import type { ApiResponse } from '../../api/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { formatFenText } from '../../components/format';
import { enumLabel } from '../../i18n/labels';
import { AsOf } from '../home/parts/AsOf';
import { EmptyTargets } from '../home/parts/EmptyTargets';
import { FigureLink, MoneyLink, pctText } from '../home/parts/Figure';
import { dayOfPeriod, kindOf, type PeriodKind, periodCodeOf } from './period-code';

type TStatus = ApiResponse<'GET /api/sales-status'>;
type Row = TStatus['rows'][number] & { children?: Row[] };

/** The flat rows (each with its parent's key) as the tree the table shows. */
function treeOf(rows: TStatus['rows']): Row[] {
  const byKey = new Map<string, Row>(rows.map((r) => [r.key, { ...r }]));
  const top: Row[] = [];
  for (const r of rows) {
    const row = byKey.get(r.key)!;
    const parent = r.parentKey ? byKey.get(r.parentKey) : undefined;
    if (!parent) top.push(row);
    else if (parent.children) parent.children.push(row);
    else parent.children = [row];
  }
  return top;
}

const kinds: PeriodKind[] = ['month', 'quarter', 'year', 'week'];

/**
 * OPS-5 销售状况一览表: every unit in my scope (a tree) and every person who sells, for a month,
 * quarter, year or week — sales against target, last year and growth, money collected, today's
 * overdue and open pipeline — each figure opening the records behind it; Excel export.
 */
export function SalesStatusPage() {
  const { t } = useTranslation();
  const can = useCan();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? undefined;
  const key = ['sales-status', period ?? ''];
  const status = useQuery({
    queryKey: key,
    queryFn: () => api.get('/api/sales-status', { query: { period } }),
  });
  const [refreshing, setRefreshing] = useState(false);
  const data = status.data;
  const shown = data?.period ?? period ?? '';
  const kind = kindOf(shown);

  const refresh = async () => {
    setRefreshing(true);
    try {
      client.setQueryData(key, await api.get('/api/sales-status', { query: { period, fresh: 'true' } }));
    } finally {
      setRefreshing(false);
    }
  };
  const choose = (code: string) => setParams({ period: code });

  const columns: ColumnsType<Row> = [
    {
      title: t('workbench.status.name'),
      key: 'name',
      fixed: 'left',
      render: (_, r) =>
        r.unit ? (
          <Typography.Text strong>{r.unit.name}</Typography.Text>
        ) : (
          <Typography.Text data-testid="status-person">{r.user?.displayName}</Typography.Text>
        ),
    },
    {
      title: t('workbench.status.target'),
      key: 'target',
      align: 'right',
      render: (_, r) => (r.sales.target === null ? '—' : formatFenText(r.sales.target)),
    },
    {
      title: t('workbench.status.actual'),
      key: 'actual',
      align: 'right',
      render: (_, r) => <MoneyLink fen={r.sales.actual} to={r.sales.link} testId="status-actual" strong />,
    },
    {
      title: t('workbench.status.completion'),
      key: 'completion',
      width: 140,
      render: (_, r) =>
        r.sales.completionPct === null ? (
          '—'
        ) : (
          <Progress
            size="small"
            percent={Math.min(100, r.sales.completionPct)}
            format={() => pctText(r.sales.completionPct)}
            strokeColor={data && r.sales.completionPct >= data.pacePct ? '#52c41a' : '#fa8c16'}
          />
        ),
    },
    {
      title: t('workbench.status.lastYear'),
      key: 'lastYear',
      align: 'right',
      render: (_, r) => formatFenText(r.sales.lastYear),
    },
    {
      title: t('workbench.status.growth'),
      key: 'growth',
      align: 'right',
      render: (_, r) => pctText(r.sales.growthPct),
    },
    {
      title: t('workbench.status.collected'),
      key: 'collected',
      align: 'right',
      render: (_, r) => <MoneyLink fen={r.collected.actual} to={r.collected.link} />,
    },
    {
      title: t('workbench.status.overdue'),
      key: 'overdue',
      align: 'right',
      render: (_, r) =>
        r.overdue ? (
          <Flex vertical align="end">
            <MoneyLink fen={r.overdue.amountFen} to={r.overdue.link} danger testId="status-overdue" />
            <FigureLink to={r.overdue.link}>
              {t('workbench.money.overdueCount', { count: r.overdue.count })}
            </FigureLink>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('workbench.status.pipeline'),
      key: 'pipeline',
      align: 'right',
      render: (_, r) =>
        r.pipeline ? (
          <Flex vertical align="end">
            <MoneyLink fen={r.pipeline.amountFen} to={r.pipeline.link} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('workbench.status.weighted', { amount: formatFenText(r.pipeline.weightedFen) })}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Card
      title={t('workbench.status.title')}
      extra={
        can('indicator:export') &&
        data && <ExportButton path="/api/sales-status/export" query={{ period: data.period }} />
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Segmented
            value={kind}
            onChange={(k) =>
              choose(
                periodCodeOf(
                  k as PeriodKind,
                  shown ? dayOfPeriod(shown) : dayOfPeriod(`${new Date().getFullYear()}`),
                ),
              )
            }
            options={kinds.map((k) => ({ value: k, label: t(`workbench.status.kinds.${k}`) }))}
            data-testid="status-kind"
          />
          {shown && (
            <DatePicker
              picker={
                kind === 'year' ? 'year' : kind === 'quarter' ? 'quarter' : kind === 'week' ? 'week' : 'month'
              }
              allowClear={false}
              inputReadOnly
              value={dayOfPeriod(shown)}
              format={(d) => periodCodeOf(kind, d)}
              onChange={(d) => d && choose(periodCodeOf(kind, d))}
              data-testid="status-period"
            />
          )}
          {data && (
            <Typography.Text type="secondary">
              {t('workbench.status.basis', {
                metric: enumLabel(t, 'salesMetric', data.salesMetric),
                pace: data.pacePct,
              })}
            </Typography.Text>
          )}
        </Flex>
        {data && <AsOf asOf={data.asOf} onRefresh={() => void refresh()} busy={refreshing} />}
        {data && !data.targetsSet && <EmptyTargets />}
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
        <Table<Row>
          rowKey="key"
          size="small"
          data-testid="sales-status-table"
          loading={status.isPending}
          dataSource={data ? treeOf(data.rows) : []}
          columns={columns}
          pagination={false}
          expandable={{ defaultExpandAllRows: true }}
          key={data ? `${data.period}-${data.rows.length}` : 'loading'}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('workbench.status.empty') }}
        />
      </Flex>
    </Card>
  );
}
