import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ExportButton } from '../../components/ExportButton';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { CustomerPicker } from '../opportunities/CustomerPicker';
import { type TRiskQuery, type TRiskRow, useRiskPage } from './hooks';
import { RiskFormModal, riskCategories } from './RiskFormModal';
import { RiskHeatmap } from './RiskHeatmap';
import { RiskLevelTag, RiskStatusTag } from './RiskTags';

type Filters = Pick<
  TRiskQuery,
  | 'category'
  | 'level'
  | 'status'
  | 'active'
  | 'source'
  | 'ownerId'
  | 'customerId'
  | 'q'
  | 'likelihood'
  | 'impact'
>;
type Sort = 'score' | 'reviewOn' | 'number' | 'createdAt';
const levels = ['low', 'medium', 'high', 'critical'] as const;
const statuses = ['open', 'controlled', 'closed'] as const;
const sources = ['manual', 'system'] as const;

/** The filters a link may carry (the heat map of the 工作台 opens the register on a cell). */
function filtersFrom(params: URLSearchParams): Filters {
  const n = (k: string) => {
    const v = Number(params.get(k));
    return Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
  };
  const likelihood = n('likelihood');
  const impact = n('impact');
  return likelihood && impact ? { likelihood, impact, active: 'true' } : {};
}

/**
 * RISK-1: the risk register — the heat map (a click filters the list to a cell) and the list,
 * paged, sorted and filtered on the server (category, level, status, owner, source, customer);
 * managers record risks, and export.
 */
export function RisksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const perms = me.data?.permissions ?? {};
  const [params] = useSearchParams();
  const table = useServerTable<Filters, Sort>({ order: 'desc', filters: filtersFrom(params) });
  const page = useRiskPage({ ...table.params, ...table.filters });
  const [creating, setCreating] = useState(false);
  const cell = table.filters.likelihood && table.filters.impact ? table.filters : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <RiskHeatmap onCell={(f) => table.setFilters({ ...f, active: 'true' })} />
        </Col>
      </Row>
      <Card
        title={t('risks.title')}
        extra={
          'risk:manage' in perms && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="risk-create"
            >
              {t('risks.create')}
            </Button>
          )
        }
      >
        <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
          <Form.Item name="q">
            <Input placeholder={t('risks.search')} allowClear style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="category">
            <Select
              allowClear
              placeholder={t('risks.fields.category')}
              style={{ width: 140 }}
              options={riskCategories.map((c) => ({ value: c, label: enumLabel(t, 'category', c) }))}
            />
          </Form.Item>
          <Form.Item name="level">
            <Select
              allowClear
              placeholder={t('risks.fields.level')}
              style={{ width: 100 }}
              options={levels.map((l) => ({ value: l, label: enumLabel(t, 'level', l) }))}
            />
          </Form.Item>
          <Form.Item name="status">
            <Select
              allowClear
              placeholder={t('risks.fields.status')}
              style={{ width: 110 }}
              options={statuses.map((s) => ({ value: s, label: enumLabel(t, 'status', s) }))}
            />
          </Form.Item>
          <Form.Item name="source">
            <Select
              allowClear
              placeholder={t('risks.fields.source')}
              style={{ width: 110 }}
              options={sources.map((s) => ({ value: s, label: enumLabel(t, 'source', s) }))}
            />
          </Form.Item>
          <Form.Item name="ownerId">
            <UserSelect allowClear placeholder={t('risks.fields.owner')} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="customerId">
            <CustomerPicker allowClear placeholder={t('risks.fields.customer')} style={{ width: 180 }} />
          </Form.Item>
        </SearchForm>
        <Space style={{ marginBottom: 12 }} wrap>
          {cell && (
            <Tag closable onClose={() => table.setFilters({})} data-testid="risk-cell-filter">
              {t('risks.heatmap.cell', { likelihood: cell.likelihood, impact: cell.impact })}
            </Tag>
          )}
          {'risk:export' in perms && <ExportButton path="/api/risks/export" query={table.filters} />}
        </Space>
        <PagedTable<TRiskRow, Filters, Sort>
          query={page}
          table={table}
          rowKey="id"
          scroll={{ x: 'max-content' }}
          data-testid="risk-table"
          columns={[
            { key: 'number', title: t('risks.fields.number'), sorter: true, render: (_, r) => r.number },
            {
              key: 'title',
              title: t('risks.fields.title'),
              render: (_, r) => (
                <Link to={`/risks/${r.id}`}>
                  <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                    {r.title}
                  </Typography.Text>
                </Link>
              ),
            },
            {
              key: 'category',
              title: t('risks.fields.category'),
              render: (_, r) => enumLabel(t, 'category', r.category),
            },
            {
              key: 'score',
              title: t('risks.fields.score'),
              sorter: true,
              render: (_, r) => (
                <Space size={4}>
                  {r.score}
                  <RiskLevelTag level={r.level} />
                </Space>
              ),
            },
            { key: 'owner', title: t('risks.fields.owner'), render: (_, r) => r.owner.displayName },
            {
              key: 'customer',
              title: t('risks.fields.customer'),
              render: (_, r) =>
                r.customer ? <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link> : '—',
            },
            {
              key: 'reviewOn',
              title: t('risks.fields.reviewOn'),
              sorter: true,
              render: (_, r) => (
                <Typography.Text type={r.reviewOverdue ? 'danger' : undefined}>{r.reviewOn}</Typography.Text>
              ),
            },
            {
              key: 'status',
              title: t('risks.fields.status'),
              render: (_, r) => <RiskStatusTag status={r.status} />,
            },
            {
              key: 'source',
              title: t('risks.fields.source'),
              render: (_, r) => enumLabel(t, 'source', r.source),
            },
          ]}
        />
      </Card>
      <RiskFormModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
