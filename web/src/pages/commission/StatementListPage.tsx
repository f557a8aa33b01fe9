import { Button, Card, DatePicker, Empty, List, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { formatFenText } from '../../components/format';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { type TStatementRow, useClosePeriod, useGenerate, useStatements } from './hooks';
import { StatusTag } from './StatusTags';

const PAGE_SIZE = 20;
const STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'closed'] as const;

/** Attainment in basis points as a percentage (one decimal). */
export const attainmentText = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(1)}%`);

/**
 * INC-1: the commission statements (提成结算单) I may read — a rep their own, those who lead people
 * their scope — by month and status; generating last month's, closing a month (finance) and the
 * payroll export of a month. Cards on a phone.
 */
export function StatementListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const period = params.get('period') ?? undefined;
  const status = (params.get('status') ?? undefined) as (typeof STATUSES)[number] | undefined;
  const list = useStatements({
    page,
    pageSize: PAGE_SIZE,
    sort: 'period',
    order: 'desc',
    ...(period ? { period } : {}),
    ...(status ? { status } : {}),
  });
  const generate = useGenerate();
  const close = useClosePeriod();
  const action = useAction();
  const target = period ?? companyNow().subtract(1, 'month').format('YYYY-MM');
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setPage(1);
    setParams(next);
  };
  const data = list.data;
  const open = (s: TStatementRow) => <Link to={`/commission/statements/${s.id}`}>{t('common.view')}</Link>;
  const columns: ColumnsType<TStatementRow> = [
    { title: t('commission.fields.period'), dataIndex: 'period' },
    { title: t('commission.fields.person'), key: 'person', render: (_, s) => s.user.displayName },
    { title: t('commission.fields.unit'), key: 'unit', render: (_, s) => s.unit.name },
    {
      title: t('commission.fields.target'),
      key: 'target',
      align: 'right',
      render: (_, s) => (s.targetFen ? formatFenText(s.targetFen) : '—'),
    },
    {
      title: t('commission.fields.basisAmount'),
      key: 'basis',
      align: 'right',
      render: (_, s) => formatFenText(s.basisFen),
    },
    {
      title: t('commission.fields.attainment'),
      key: 'att',
      align: 'right',
      render: (_, s) => attainmentText(s.attainmentBp),
    },
    {
      title: t('commission.fields.commission'),
      key: 'commission',
      align: 'right',
      render: (_, s) => <Typography.Text strong>{formatFenText(s.commissionFen)}</Typography.Text>,
    },
    {
      title: t('commission.fields.status'),
      key: 'status',
      render: (_, s) => <StatusTag status={s.status} />,
    },
    { title: t('common.actions'), key: 'open', render: (_, s) => open(s) },
  ];
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: data?.total ?? 0,
    onChange: setPage,
    showSizeChanger: false,
  };
  return (
    <Card
      title={t('commission.statementsTitle')}
      extra={
        <Space wrap>
          {can('commission:generate') && (
            <Popconfirm
              title={t('commission.generateConfirm', { period: target })}
              onConfirm={() =>
                action.run(
                  () => generate.mutateAsync(target),
                  (r) => t('commission.generated', { count: r.generated }),
                )
              }
            >
              <Button data-testid="generate-statements">{t('commission.generate')}</Button>
            </Popconfirm>
          )}
          {can('commission:close') && (
            <Popconfirm
              title={t('commission.closeConfirm', { period: target })}
              onConfirm={() =>
                action.run(
                  () => close.mutateAsync(target),
                  (r) => t('commission.closed', { count: r.closed, amount: formatFenText(r.postedFen) }),
                )
              }
            >
              <Button danger data-testid="close-period">
                {t('commission.closePeriod')}
              </Button>
            </Popconfirm>
          )}
          {can('commission:export') && (
            <ExportButton path="/api/commission/statements/export" query={{ period: target }} />
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          inputReadOnly
          format="YYYY-MM"
          placeholder={t('commission.fields.period')}
          value={period ? dayjs(`${period}-01`) : null}
          onChange={(d) => setParam('period', d ? d.format('YYYY-MM') : undefined)}
          data-testid="statement-period"
        />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('commission.fields.status')}
          value={status}
          onChange={(v) => setParam('status', v)}
          options={STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'status', s) }))}
          data-testid="statement-status"
        />
      </Space>
      <ErrorAlert error={list.error ?? action.error} onRetry={() => void list.refetch()} />
      {phone ? (
        <List
          loading={list.isPending}
          dataSource={data?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: <Empty description={t('commission.noStatements')} /> }}
          renderItem={(s) => (
            <List.Item key={s.id} data-testid="statement-row">
              <Link to={`/commission/statements/${s.id}`} style={{ width: '100%', color: 'inherit' }}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                  <Typography.Text strong>
                    {s.period} · {s.user.displayName}
                  </Typography.Text>
                  <StatusTag status={s.status} />
                </Space>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('commission.cardLine', {
                    basis: formatFenText(s.basisFen),
                    attainment: attainmentText(s.attainmentBp),
                  })}
                </Typography.Paragraph>
                <Typography.Text strong>{formatFenText(s.commissionFen)}</Typography.Text>
              </Link>
            </List.Item>
          )}
        />
      ) : (
        <Table<TStatementRow>
          rowKey="id"
          loading={list.isPending}
          dataSource={data?.items ?? []}
          columns={columns}
          pagination={pagination}
          locale={{ emptyText: <Empty description={t('commission.noStatements')} /> }}
          onRow={() => ({ 'data-testid': 'statement-row' }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
