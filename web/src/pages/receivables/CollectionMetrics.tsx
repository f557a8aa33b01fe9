import {
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollectionSummary } from '../../api/hooks/receivables';
import type { TAgingGroupBy, TSummary, TSummaryQuery } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { SearchForm } from '../../components/SearchForm';

interface FormValues {
  period?: [Dayjs | null, Dayjs | null] | null;
  groupBy?: TAgingGroupBy;
}

type Group = NonNullable<TSummary['groups']>[number];

const pct = (v: number | null) => (v === null ? '-' : `${v.toFixed(1)}%`);
const days = (v: number | null, unit: string) => (v === null ? '-' : `${v.toFixed(1)} ${unit}`);

function thisMonth(): TSummaryQuery {
  return {
    from: companyNow().startOf('month').format('YYYY-MM-DD'),
    to: companyNow().endOf('month').format('YYYY-MM-DD'),
  };
}

/**
 * AR-9: collection figures for a period — collection rate (confirmed money against what fell
 * due in the period), DSO, overdue total and ratio — in total and by rep, unit, region or customer.
 */
export function CollectionMetrics() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<TSummaryQuery>(thisMonth);
  const summary = useCollectionSummary(query);
  const s = summary.data;
  const dayUnit = t('receivables.metrics.days');

  const columns: ColumnsType<Group> = [
    { title: t(`receivables.aging.groups.${query.groupBy ?? 'rep'}`), dataIndex: 'label', key: 'label' },
    {
      title: t('receivables.metrics.collectionRate'),
      key: 'rate',
      align: 'right',
      render: (_, g) => pct(g.collectionRatePct),
    },
    {
      title: t('receivables.metrics.dueInPeriod'),
      key: 'due',
      align: 'right',
      render: (_, g) => formatFenText(g.dueInPeriodFen),
    },
    {
      title: t('receivables.metrics.collectedInPeriod'),
      key: 'collected',
      align: 'right',
      render: (_, g) => formatFenText(g.collectedInPeriodFen),
    },
    {
      title: t('receivables.metrics.open'),
      key: 'open',
      align: 'right',
      render: (_, g) => formatFenText(g.openFen),
    },
    {
      title: t('receivables.metrics.overdue'),
      key: 'overdue',
      align: 'right',
      render: (_, g) => formatFenText(g.overdueFen),
    },
    {
      title: t('receivables.metrics.overdueRatio'),
      key: 'overdueRatio',
      align: 'right',
      render: (_, g) => pct(g.overdueRatioPct),
    },
    {
      title: t('receivables.metrics.dso'),
      key: 'dso',
      align: 'right',
      render: (_, g) => days(g.dsoDays, dayUnit),
    },
  ];

  return (
    <>
      <SearchForm<FormValues>
        onSearch={(v) => {
          const [from, to] = v.period ?? [null, null];
          const base = thisMonth();
          setQuery({
            from: from ? from.format('YYYY-MM-DD') : base.from,
            to: to ? to.format('YYYY-MM-DD') : base.to,
            groupBy: v.groupBy,
          });
        }}
      >
        <Form.Item name="period">
          <DatePicker.RangePicker
            placeholder={[t('receivables.metrics.from'), t('receivables.metrics.to')]}
            allowEmpty={[true, true]}
          />
        </Form.Item>
        <Form.Item name="groupBy">
          <Select
            allowClear
            placeholder={t('receivables.metrics.groupBy')}
            style={{ width: 160 }}
            options={(['rep', 'unit', 'region', 'customer'] as const).map((g) => ({
              value: g,
              label: t(`receivables.aging.groups.${g}`),
            }))}
          />
        </Form.Item>
      </SearchForm>
      <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
      {summary.isPending ? (
        <Skeleton active />
      ) : !s ? (
        <Empty />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('receivables.metrics.period', { from: s.from, to: s.to, today: s.today })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]} data-testid="collection-metrics">
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title={t('receivables.metrics.collectionRate')} value={pct(s.collectionRatePct)} />
                <Typography.Text type="secondary">
                  {formatFenText(s.collectedInPeriodFen)} / {formatFenText(s.dueInPeriodFen)}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title={t('receivables.metrics.dso')} value={days(s.dsoDays, dayUnit)} />
                <Typography.Text type="secondary">
                  {t('receivables.metrics.dsoBasis', {
                    days: s.dsoPeriodDays,
                    sales: formatFenText(s.salesFen),
                  })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title={t('receivables.metrics.overdue')} value={formatFenText(s.overdueFen)} />
                <Typography.Text type="secondary">
                  {t('receivables.metrics.openOf', { open: formatFenText(s.openFen) })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title={t('receivables.metrics.overdueRatio')} value={pct(s.overdueRatioPct)} />
              </Card>
            </Col>
          </Row>
          {s.groups && (
            <Table<Group>
              style={{ marginTop: 16 }}
              rowKey="key"
              size="middle"
              scroll={{ x: 'max-content' }}
              columns={columns}
              dataSource={s.groups}
              pagination={s.groups.length > 50 ? { pageSize: 50 } : false}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('receivables.metrics.definitions')}
          </Typography.Paragraph>
        </>
      )}
    </>
  );
}
