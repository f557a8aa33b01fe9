import {
  Button,
  Card,
  Descriptions,
  Empty,
  List,
  Progress,
  Segmented,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { GrowthText, pctText, valueText } from './figures';
import { type TIndicatorItem, type TLevel, type TRecordMetric, useIndicators } from './hooks';
import { PeriodPicker } from './PeriodPicker';
import { codeOf } from './period-code';
import { type Explained, RecordsDrawer } from './RecordsDrawer';

/** A figure that opens the records behind it. */
function FigureLink({
  children,
  onClick,
  label,
}: {
  children: ReactNode;
  onClick: () => void;
  label: string;
}) {
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto' }}
      onClick={onClick}
      aria-label={label}
    >
      {children}
    </Button>
  );
}

/**
 * PLAN-5 (业绩指标): my indicators, my people's or the units' in my scope for a year, quarter,
 * month or week — sales amount (per the company's basis), target, completion, growth over the
 * same period last year, volume, new customers, collection rate, satisfaction and market share,
 * each figure opening the records it sums; export for those who may.
 */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? codeOf('month', companyNow().format('YYYY-MM-DD'));
  const level = (params.get('level') as TLevel | null) ?? undefined;
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const query = { period, ...(level ? { level } : {}), ...paging };
  const indicators = useIndicators(query);
  const data = indicators.data;
  const [explained, setExplained] = useState<Explained | null>(null);
  const set = (next: Record<string, string>) => {
    setPaging((p) => ({ ...p, page: 1 }));
    setParams((prev) => ({ ...Object.fromEntries(prev), ...next }), { replace: true });
  };
  const salesMetric = data?.salesMetric ?? 'collected_amount';
  const explain = (item: TIndicatorItem, metric: TRecordMetric) => () =>
    setExplained({
      subject: `${item.subject.type}:${item.subject.id}`,
      subjectName: item.subject.name,
      period,
      metric,
    });
  const figure = (item: TIndicatorItem, metric: TRecordMetric, text: ReactNode) => (
    <FigureLink onClick={explain(item, metric)} label={t('indicators.explain', { name: item.subject.name })}>
      {text}
    </FigureLink>
  );

  const cells = {
    sales: (i: TIndicatorItem) => figure(i, salesMetric, valueText('sales', i.sales.actual)),
    target: (i: TIndicatorItem) => valueText('sales', i.sales.target),
    completion: (i: TIndicatorItem) =>
      i.sales.completionPct === null ? (
        <Typography.Text type="secondary">{t('indicators.noTarget')}</Typography.Text>
      ) : (
        <Progress
          percent={Math.min(i.sales.completionPct, 100)}
          format={() => pctText(i.sales.completionPct)}
          size="small"
          style={{ minWidth: 110, margin: 0 }}
        />
      ),
    growth: (i: TIndicatorItem) => (
      <Tooltip title={t('indicators.lastYear', { value: valueText('sales', i.sales.lastYear) })}>
        <span>
          <GrowthText pct={i.sales.growthPct} />
        </span>
      </Tooltip>
    ),
    volume: (i: TIndicatorItem) => figure(i, 'volume', valueText('volume', i.metrics.volume.actual)),
    newCustomers: (i: TIndicatorItem) =>
      figure(i, 'new_customers', valueText('new_customers', i.metrics.new_customers.actual)),
    collectionRate: (i: TIndicatorItem) => figure(i, 'collection_rate', pctText(i.collection.ratePct)),
    satisfaction: (i: TIndicatorItem) =>
      i.satisfaction.provided ? (
        pctText(i.satisfaction.pct)
      ) : (
        <Tooltip title={t('indicators.noSource')}>
          <Typography.Text type="secondary">—</Typography.Text>
        </Tooltip>
      ),
    expenseRatio: (i: TIndicatorItem) =>
      i.expense.ratioPct === null ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : (
        pctText(i.expense.ratioPct)
      ),
    marketShare: (i: TIndicatorItem) =>
      i.marketShare.pct === null ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : (
        figure(i, salesMetric, pctText(i.marketShare.pct))
      ),
  };

  const columns: ColumnsType<TIndicatorItem> = [
    {
      title: t('indicators.columns.subject'),
      key: 'subject',
      fixed: 'left',
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.subject.name}</Typography.Text>
          {i.subject.unit && <Typography.Text type="secondary">{i.subject.unit.name}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('indicators.columns.sales'), key: 'sales', align: 'right', render: (_, i) => cells.sales(i) },
    {
      title: t('indicators.columns.target'),
      key: 'target',
      align: 'right',
      render: (_, i) => cells.target(i),
    },
    { title: t('indicators.columns.completion'), key: 'completion', render: (_, i) => cells.completion(i) },
    {
      title: t('indicators.columns.growth'),
      key: 'growth',
      align: 'right',
      render: (_, i) => cells.growth(i),
    },
    {
      title: t('indicators.columns.volume'),
      key: 'volume',
      align: 'right',
      render: (_, i) => cells.volume(i),
    },
    {
      title: t('indicators.columns.newCustomers'),
      key: 'newCustomers',
      align: 'right',
      render: (_, i) => cells.newCustomers(i),
    },
    {
      title: t('indicators.columns.collectionRate'),
      key: 'collectionRate',
      align: 'right',
      render: (_, i) => cells.collectionRate(i),
    },
    {
      title: t('indicators.columns.satisfaction'),
      key: 'satisfaction',
      align: 'right',
      render: (_, i) => cells.satisfaction(i),
    },
    {
      title: t('indicators.columns.expenseRatio'),
      key: 'expenseRatio',
      align: 'right',
      render: (_, i) => cells.expenseRatio(i),
    },
    {
      title: t('indicators.columns.marketShare'),
      key: 'marketShare',
      align: 'right',
      render: (_, i) => cells.marketShare(i),
    },
  ];

  const levels = data?.levels ?? [];
  const shownLevel = data?.level ?? level;
  const header = (
    <Space wrap>
      <PeriodPicker value={period} onChange={(p) => set({ period: p })} />
      {levels.length > 1 && (
        <Segmented<TLevel>
          value={shownLevel ?? levels[levels.length - 1]!}
          options={levels.map((l) => ({ value: l, label: enumLabel(t, 'level', l) }))}
          onChange={(l) => set({ level: l })}
          data-testid="level-switch"
        />
      )}
      {can('indicator:export') && (
        <ExportButton path="/api/indicators/export" query={{ period, ...(level ? { level } : {}) }} />
      )}
    </Space>
  );

  return (
    <Card title={t('indicators.title')} extra={phone ? null : header}>
      {phone && <div style={{ marginBottom: 12 }}>{header}</div>}
      <Typography.Paragraph type="secondary">
        {t('indicators.hint', { basis: enumLabel(t, 'salesMetric', salesMetric) })}
      </Typography.Paragraph>
      <ErrorAlert error={indicators.error} onRetry={() => void indicators.refetch()} />
      {phone ? (
        <List<TIndicatorItem>
          loading={indicators.isPending}
          dataSource={data?.items}
          locale={{ emptyText: <Empty description={t('indicators.empty')} /> }}
          pagination={
            (data?.total ?? 0) > paging.pageSize
              ? {
                  current: paging.page,
                  pageSize: paging.pageSize,
                  total: data?.total ?? 0,
                  onChange: (page) => setPaging((p) => ({ ...p, page })),
                }
              : false
          }
          renderItem={(i) => (
            <Card
              size="small"
              title={i.subject.name}
              style={{ marginBottom: 12 }}
              data-testid="indicator-card"
            >
              <Descriptions size="small" column={2} colon={false}>
                <Descriptions.Item label={t('indicators.columns.sales')}>{cells.sales(i)}</Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.target')}>
                  {cells.target(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.completion')} span={2}>
                  {cells.completion(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.growth')}>
                  {cells.growth(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.collectionRate')}>
                  {cells.collectionRate(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.volume')}>
                  {cells.volume(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.newCustomers')}>
                  {cells.newCustomers(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.satisfaction')}>
                  {cells.satisfaction(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.expenseRatio')}>
                  {cells.expenseRatio(i)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.marketShare')}>
                  {cells.marketShare(i)}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        />
      ) : (
        <Table<TIndicatorItem>
          rowKey={(i) => `${i.subject.type}:${i.subject.id}`}
          size="middle"
          loading={indicators.isFetching}
          dataSource={data?.items}
          columns={columns}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('indicators.empty')} /> }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          data-testid="indicators-table"
        />
      )}
      <RecordsDrawer explained={explained} onClose={() => setExplained(null)} />
    </Card>
  );
}
