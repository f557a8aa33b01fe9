import { Button, Card, Form, Input, Popconfirm, Select, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCustomerPage } from '../../api/hooks/customers';
import { useConvertLead, useLeadCriteria } from '../../api/hooks/leads';
import { useCan } from '../../api/hooks/me';
import type { TCustomerListItem, TCustomerQuery } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useAction } from '../../components/use-action';
import { useServerTable } from '../../components/use-server-table';
import { OwnerText, RelativeTime } from '../customers/customer-columns';
import { customerSources } from '../customers/customer-options';
import { QualifyModal } from './QualifyModal';

type Filters = Pick<TCustomerQuery, 'q' | 'view' | 'source'>;
type Sort = 'updatedAt' | 'createdAt' | 'name';
const views = ['all', 'mine', 'subordinates', 'collaborating'] as const;

function ScoreTag({ score, threshold }: { score: number | null; threshold: number | undefined }) {
  const { t } = useTranslation();
  if (score === null) return <Tag>{t('leads.unscored')}</Tag>;
  const reached = threshold !== undefined && score >= threshold;
  return (
    <Tag color={reached ? 'green' : 'orange'} data-testid="lead-score">
      {score}
    </Tag>
  );
}

/** CUS-4: leads (customer records not yet converted) — assess their potential value, convert at the threshold. */
export function LeadListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('customer:write');
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const page = useCustomerPage({ ...table.params, lifecycle: 'lead' });
  const criteria = useLeadCriteria();
  const threshold = criteria.data?.qualifiedScore;
  const convert = useConvertLead();
  const [assessing, setAssessing] = useState<TCustomerListItem | null>(null);

  const { run } = useAction();
  const convertLead = (lead: TCustomerListItem) =>
    run(() => convert.mutateAsync(lead.id), t('leads.converted', { name: lead.name }));

  return (
    <Card
      title={t('leads.title')}
      extra={threshold !== undefined && t('leads.threshold', { score: threshold })}
    >
      <SearchForm<Filters>
        onSearch={(v) => table.setFilters({ q: v.q || undefined, view: v.view, source: v.source })}
      >
        <Form.Item name="q">
          <Input placeholder={t('leads.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="view">
          <Select
            allowClear
            placeholder={t('leads.view')}
            style={{ width: 140 }}
            options={views.map((v) => ({ value: v, label: t(`leads.views.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="source">
          <Select
            allowClear
            placeholder={t('leads.fields.source')}
            style={{ width: 130 }}
            options={customerSources.map((s) => ({ value: s, label: t(`customers.sources.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TCustomerListItem, Filters, Sort>
        query={page}
        table={table}
        data-testid="lead-table"
        locale={{ emptyText: t('leads.empty') }}
        columns={[
          {
            key: 'name',
            title: t('leads.fields.name'),
            sorter: true,
            render: (_, r) => <Link to={`/customers/${r.id}`}>{r.name}</Link>,
          },
          { key: 'owner', title: t('leads.fields.owner'), render: (_, r) => <OwnerText owner={r.owner} /> },
          {
            key: 'source',
            title: t('leads.fields.source'),
            render: (_, r) => t(`customers.sources.${r.source}`),
          },
          {
            key: 'score',
            title: t('leads.fields.score'),
            render: (_, r) => <ScoreTag score={r.potentialScore} threshold={threshold} />,
          },
          {
            key: 'updatedAt',
            title: t('common.updatedAt'),
            sorter: true,
            defaultSortOrder: 'descend',
            render: (_, r) => <RelativeTime at={r.updatedAt} />,
          },
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            render: (_, r) => {
              if (!canWrite) return null;
              const qualified =
                threshold !== undefined && r.potentialScore !== null && r.potentialScore >= threshold;
              return (
                <Space size={0}>
                  <Button size="small" type="link" onClick={() => setAssessing(r)} data-testid="lead-assess">
                    {t('leads.assess')}
                  </Button>
                  <Popconfirm
                    title={t('leads.convertConfirm', { name: r.name })}
                    onConfirm={() => convertLead(r)}
                    disabled={!qualified}
                  >
                    <Tooltip
                      title={qualified ? undefined : t('leads.notReached', { score: threshold ?? '' })}
                    >
                      <Button size="small" type="link" disabled={!qualified} data-testid="lead-convert">
                        {t('leads.convert')}
                      </Button>
                    </Tooltip>
                  </Popconfirm>
                </Space>
              );
            },
          },
        ]}
      />
      <QualifyModal lead={assessing} onClose={() => setAssessing(null)} />
    </Card>
  );
}
