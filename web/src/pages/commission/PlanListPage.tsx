import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { rateText, type TPlanRow, usePlans } from './hooks';
import { AcceleratorTag, StatusTag } from './StatusTags';

const PAGE_SIZE = 20;

/** The tiers in one line: "0% → 5% · 50% → 10% · 100% → 15% (accelerator)". */
export function TiersText({ tiers }: { tiers: TPlanRow['tiers'] }) {
  return (
    <Space size={4} wrap>
      {tiers.map((x) => (
        <Tag key={x.fromBp}>
          {rateText(x.fromBp)} → {rateText(x.rateBp)}
        </Tag>
      ))}
      {tiers.some((x) => x.accelerator) && <AcceleratorTag />}
    </Space>
  );
}

/** INC-1: the commission plans (提成方案) — every version, newest month first; the director writes them. */
export function PlanListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const phone = usePhone();
  const [page, setPage] = useState(1);
  const plans = usePlans({ page, pageSize: PAGE_SIZE, sort: 'effectiveFrom', order: 'desc' });
  const data = plans.data;
  const link = (p: TPlanRow) => <Link to={`/commission/plans/${p.id}`}>{p.name}</Link>;
  const columns: ColumnsType<TPlanRow> = [
    { title: t('commission.fields.name'), key: 'name', render: (_, p) => link(p) },
    { title: t('commission.fields.role'), key: 'role', render: (_, p) => p.roleName },
    { title: t('commission.fields.effectiveFrom'), dataIndex: 'effectiveFrom' },
    { title: t('commission.fields.version'), key: 'version', render: (_, p) => `v${p.version}` },
    {
      title: t('commission.fields.method'),
      key: 'method',
      render: (_, p) => enumLabel(t, 'method', p.method),
    },
    { title: t('commission.fields.tiers'), key: 'tiers', render: (_, p) => <TiersText tiers={p.tiers} /> },
    {
      title: t('commission.fields.cap'),
      key: 'cap',
      render: (_, p) => (p.capFen ? formatFenText(p.capFen) : '—'),
    },
    {
      title: t('commission.fields.status'),
      key: 'status',
      render: (_, p) => <StatusTag status={p.status} />,
    },
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
      title={t('commission.plansTitle')}
      extra={
        can('commission_plan:write') && (
          <Link to="/commission/plans/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-plan">
              {t('commission.newPlan')}
            </Button>
          </Link>
        )
      }
    >
      <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
      {phone ? (
        <List
          loading={plans.isPending}
          dataSource={data?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: <Empty description={t('commission.noPlans')} /> }}
          renderItem={(p) => (
            <List.Item key={p.id}>
              <div style={{ width: '100%' }}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                  <Typography.Text strong>{link(p)}</Typography.Text>
                  <StatusTag status={p.status} />
                </Space>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {p.roleName} · {p.effectiveFrom} · v{p.version} · {enumLabel(t, 'method', p.method)}
                </Typography.Paragraph>
                <TiersText tiers={p.tiers} />
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<TPlanRow>
          rowKey="id"
          loading={plans.isPending}
          dataSource={data?.items ?? []}
          columns={columns}
          pagination={pagination}
          locale={{ emptyText: <Empty description={t('commission.noPlans')} /> }}
        />
      )}
    </Card>
  );
}
