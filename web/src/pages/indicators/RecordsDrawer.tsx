import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { metricLabel, pctText, valueText } from './figures';
import { type TRecord, type TRecordMetric, useIndicatorRecords } from './hooks';
import { usePeriodText } from './PeriodPicker';

/** What a drawer explains: one figure of one person or unit in one period. */
export interface Explained {
  subject: string;
  subjectName: string;
  period: string;
  metric: TRecordMetric;
}

/**
 * PLAN-5: the records one figure sums — contracts, payments, order lines, customers, or for the
 * collection rate the instalments due — newest first, paged by the server, each opening its
 * record; the total on top is the figure itself.
 */
export function RecordsDrawer({ explained, onClose }: { explained: Explained | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const periodWords = usePeriodText();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = explained
    ? { subject: explained.subject, period: explained.period, metric: explained.metric, ...paging }
    : null;
  const records = useIndicatorRecords(query);
  const data = records.data;
  const metric = explained?.metric ?? 'signed_amount';
  const collection = metric === 'collection_rate';
  const columns: ColumnsType<TRecord> = [
    {
      title: t('indicators.records.date'),
      dataIndex: 'date',
      width: 110,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('indicators.records.kind'),
      dataIndex: 'recordKind',
      width: 100,
      render: (k: TRecord['recordKind']) => <Tag>{enumLabel(t, 'recordKind', k)}</Tag>,
    },
    {
      title: t('indicators.records.number'),
      key: 'number',
      render: (_, r) =>
        r.link ? (
          <Link to={r.link} onClick={onClose}>
            {r.number ?? r.customer?.name ?? t('indicators.records.open')}
          </Link>
        ) : (
          (r.number ?? '')
        ),
    },
    {
      title: t('indicators.records.customer'),
      key: 'customer',
      render: (_, r) =>
        r.customer ? (
          <Link to={`/customers/${r.customer.id}`} onClick={onClose}>
            {r.customer.name}
          </Link>
        ) : null,
    },
    ...(metric === 'volume'
      ? [{ title: t('indicators.records.product'), dataIndex: 'product', key: 'product' } as const]
      : []),
    {
      title: collection ? t('indicators.records.due') : t('indicators.records.value'),
      dataIndex: 'value',
      align: 'right',
      render: (v: string) => valueText(metric, v),
    },
    ...(collection
      ? [
          {
            title: t('indicators.records.collected'),
            dataIndex: 'collectedFen',
            key: 'collectedFen',
            align: 'right' as const,
            render: (v: string | null) => valueText(metric, v),
          },
        ]
      : []),
  ];
  const rate =
    data && collection && data.collectedSum !== null && BigInt(data.sum) > 0n
      ? Number((BigInt(data.collectedSum) * 1000n) / BigInt(data.sum)) / 10
      : null;
  return (
    <Drawer
      open={explained !== null}
      onClose={onClose}
      size={phone ? '100%' : 860}
      title={
        explained &&
        t('indicators.records.title', {
          subject: explained.subjectName,
          period: periodWords(explained.period),
          metric: metricLabel(t, explained.metric),
        })
      }
      destroyOnHidden
      data-testid="records-drawer"
    >
      <ErrorAlert error={records.error} onRetry={() => void records.refetch()} />
      {data && (
        <Descriptions size="small" column={phone ? 1 : 3} style={{ marginBottom: 16 }}>
          <Descriptions.Item
            label={collection ? t('indicators.records.dueSum') : t('indicators.records.sum')}
          >
            <Typography.Text strong data-testid="records-sum">
              {valueText(metric, data.sum)}
            </Typography.Text>
          </Descriptions.Item>
          {collection && (
            <Descriptions.Item label={t('indicators.records.collectedSum')}>
              {valueText(metric, data.collectedSum)}
            </Descriptions.Item>
          )}
          {collection && (
            <Descriptions.Item label={t('indicators.columns.collectionRate')}>
              {pctText(rate)}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('indicators.records.count')}>{data.total}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Paragraph type="secondary">{t(`indicators.records.hint.${metric}`)}</Typography.Paragraph>
      <Table<TRecord>
        rowKey="id"
        size="small"
        loading={records.isFetching}
        dataSource={data?.items}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('indicators.records.empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        data-testid="records-table"
      />
    </Drawer>
  );
}
