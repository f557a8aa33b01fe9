import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ExportButton } from '../../components/ExportButton';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { type TSuggestionQuery, type TSuggestionRow, useSuggestionPage } from './hooks';
import { categories, SuggestionFormModal } from './SuggestionFormModal';
import { SuggestionStatusTag } from './SuggestionTags';

type View = NonNullable<TSuggestionQuery['view']>;
type Filters = Pick<TSuggestionQuery, 'status' | 'category' | 'q'>;
const statuses = ['pending', 'adopted', 'declined', 'withdrawn'] as const;

function SuggestionTable({ view, canExport }: { view: View; canExport: boolean }) {
  const { t } = useTranslation();
  const table = useServerTable<Filters, 'createdAt' | 'number' | 'status'>({ order: 'desc' });
  const page = useSuggestionPage({ ...table.params, ...table.filters, view });
  return (
    <>
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('suggestions.search')} allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="category">
          <Select
            allowClear
            placeholder={t('suggestions.fields.category')}
            style={{ width: 120 }}
            options={categories.map((c) => ({ value: c, label: t(`suggestions.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('suggestions.fields.status')}
            style={{ width: 120 }}
            options={statuses.map((s) => ({ value: s, label: t(`suggestions.statuses.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      {canExport && (
        <Space style={{ marginBottom: 12 }}>
          <ExportButton path="/api/suggestions/export" query={{ ...table.filters, view }} />
        </Space>
      )}
      <PagedTable<TSuggestionRow, Filters, 'createdAt' | 'number' | 'status'>
        query={page}
        table={table}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        data-testid={`suggestion-table-${view}`}
        columns={[
          { key: 'number', title: t('suggestions.fields.number'), sorter: true, render: (_, r) => r.number },
          {
            key: 'title',
            title: t('suggestions.fields.title'),
            render: (_, r) => (
              <Link to={`/suggestions/${r.id}`}>
                <Typography.Text ellipsis style={{ maxWidth: 280 }}>
                  {r.title}
                </Typography.Text>
              </Link>
            ),
          },
          {
            key: 'category',
            title: t('suggestions.fields.category'),
            render: (_, r) => t(`suggestions.categories.${r.category}`),
          },
          { key: 'user', title: t('suggestions.fields.user'), render: (_, r) => r.user.displayName },
          {
            key: 'status',
            title: t('suggestions.fields.status'),
            sorter: true,
            render: (_, r) => <SuggestionStatusTag status={r.status} />,
          },
          {
            key: 'createdAt',
            title: t('suggestions.fields.createdAt'),
            sorter: true,
            render: (_, r) => formatDateTime(r.createdAt),
          },
        ]}
      />
    </>
  );
}

/** OPS-9: the suggestion box — mine, waiting for my review, all I may read; make one. */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const perms = me.data?.permissions ?? {};
  const canReview = 'suggestion:review' in perms;
  const [params, setParams] = useSearchParams();
  const views: View[] = canReview ? ['review', 'mine', 'all'] : ['mine', 'all'];
  const view = (params.get('view') as View | null) ?? views[0]!;
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={t('suggestions.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="suggestion-create"
        >
          {t('suggestions.create')}
        </Button>
      }
    >
      <Tabs
        activeKey={view}
        onChange={(key) => setParams({ view: key })}
        destroyOnHidden
        items={views.map((v) => ({
          key: v,
          label: t(`suggestions.views.${v}`),
          children: <SuggestionTable view={v} canExport={'suggestion:export' in perms} />,
        }))}
      />
      <SuggestionFormModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
