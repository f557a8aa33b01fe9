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
import { BorrowFormModal } from './BorrowFormModal';
import { DocumentFormModal } from './DocumentFormModal';
import { BorrowStatusTag, LevelTag } from './DocumentTags';
import {
  categories,
  levels,
  retentionClasses,
  type TBorrowQuery,
  type TBorrowRow,
  type TDocumentQuery,
  type TDocumentRow,
  useBorrowPage,
  useDocumentPage,
} from './hooks';

type DocView = NonNullable<TDocumentQuery['view']>;
type Filters = Pick<TDocumentQuery, 'q' | 'category' | 'confidentiality' | 'retentionClass' | 'status'>;
type Sort = 'number' | 'createdAt' | 'retainUntil' | 'title';

function Catalogue({
  view,
  canExport,
  canBorrow,
}: {
  view: DocView;
  canExport: boolean;
  canBorrow: boolean;
}) {
  const { t } = useTranslation();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const page = useDocumentPage({ ...table.params, ...table.filters, view });
  const [borrowing, setBorrowing] = useState<TDocumentRow | null>(null);
  return (
    <>
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('documents.search')} allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="category">
          <Select
            allowClear
            placeholder={t('documents.fields.category')}
            style={{ width: 160 }}
            options={categories.map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="confidentiality">
          <Select
            allowClear
            placeholder={t('documents.fields.confidentiality')}
            style={{ width: 130 }}
            options={levels.map((l) => ({ value: l, label: t(`documents.levels.${l}`) }))}
          />
        </Form.Item>
        <Form.Item name="retentionClass">
          <Select
            allowClear
            placeholder={t('documents.fields.retentionClass')}
            style={{ width: 120 }}
            options={retentionClasses.map((r) => ({ value: r, label: t(`documents.retention.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('documents.fields.status')}
            style={{ width: 110 }}
            options={(['active', 'disposed'] as const).map((s) => ({
              value: s,
              label: t(`documents.statuses.${s}`),
            }))}
          />
        </Form.Item>
      </SearchForm>
      {canExport && (
        <Space style={{ marginBottom: 12 }}>
          <ExportButton path="/api/documents/export" query={{ ...table.filters, view }} />
        </Space>
      )}
      <PagedTable<TDocumentRow, Filters, Sort>
        query={page}
        table={table}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        data-testid={`document-table-${view}`}
        columns={[
          { key: 'number', title: t('documents.fields.number'), sorter: true, render: (_, r) => r.number },
          {
            key: 'title',
            title: t('documents.fields.title'),
            sorter: true,
            render: (_, r) =>
              r.readable ? (
                <Link to={`/documents/${r.id}`}>
                  <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                    {r.title}
                  </Typography.Text>
                </Link>
              ) : (
                <Typography.Text
                  ellipsis
                  style={{ maxWidth: 260 }}
                  type={r.title === null ? 'secondary' : undefined}
                >
                  {r.title ?? t('documents.fields.titleHidden')}
                </Typography.Text>
              ),
          },
          {
            key: 'category',
            title: t('documents.fields.category'),
            render: (_, r) => t(`documents.categories.${r.category}`),
          },
          {
            key: 'confidentiality',
            title: t('documents.fields.confidentiality'),
            render: (_, r) => <LevelTag level={r.confidentiality} />,
          },
          {
            key: 'retainUntil',
            title: t('documents.fields.retainUntil'),
            sorter: true,
            render: (_, r) =>
              r.status === 'disposed'
                ? t('documents.statuses.disposed')
                : (r.retainUntil ?? t('documents.retention.long_term')),
          },
          { key: 'unit', title: t('documents.fields.unit'), render: (_, r) => r.unit.name },
          { key: 'keeper', title: t('documents.fields.keeper'), render: (_, r) => r.keeper.displayName },
          {
            key: 'actions',
            title: '',
            render: (_, r) =>
              canBorrow && !r.readable && r.status === 'active' ? (
                <Button size="small" onClick={() => setBorrowing(r)} data-testid={`borrow-${r.number}`}>
                  {t('documents.borrow.action')}
                </Button>
              ) : null,
          },
        ]}
      />
      <BorrowFormModal doc={borrowing} onClose={() => setBorrowing(null)} />
    </>
  );
}

type BorrowView = NonNullable<TBorrowQuery['view']>;

/** DOC-2: the borrow log — mine, waiting for my approval, or the room's. */
function Borrows({ view }: { view: BorrowView }) {
  const { t } = useTranslation();
  const table = useServerTable<Record<string, never>, never>({ order: 'desc' });
  const page = useBorrowPage({ page: table.params.page, pageSize: table.params.pageSize, view });
  return (
    <PagedTable<TBorrowRow, Record<string, never>, never>
      query={page}
      table={table}
      rowKey="id"
      scroll={{ x: 'max-content' }}
      data-testid={`borrow-table-${view}`}
      columns={[
        {
          key: 'document',
          title: t('documents.fields.document'),
          render: (_, r) => (
            <Link to={`/documents/borrows/${r.id}`}>
              {r.document.number} {r.document.title}
            </Link>
          ),
        },
        { key: 'borrower', title: t('documents.fields.borrower'), render: (_, r) => r.borrower.displayName },
        { key: 'dueOn', title: t('documents.fields.dueOn'), render: (_, r) => r.dueOn },
        { key: 'status', title: t('documents.fields.status'), render: (_, r) => <BorrowStatusTag row={r} /> },
        {
          key: 'createdAt',
          title: t('documents.fields.askedAt'),
          render: (_, r) => formatDateTime(r.createdAt),
        },
      ]}
    />
  );
}

/** DOC-1 … DOC-4: the document room — the catalogue, documents due for review, and loans. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const perms = me.data?.permissions ?? {};
  const canManage = 'document:manage' in perms;
  const canLend = 'document:lend' in perms;
  const canRead = 'document:read' in perms;
  const canBorrow = 'document:borrow' in perms;
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...(canRead ? ['catalogue'] : []),
    ...(canManage ? ['review'] : []),
    ...(canBorrow ? ['mine'] : []),
    ...(canLend ? ['decide', 'out'] : []),
  ];
  const tab = params.get('tab') ?? tabs[0] ?? 'mine';
  const [creating, setCreating] = useState(false);
  const content = (key: string) => {
    if (key === 'catalogue')
      return <Catalogue view="all" canExport={'document:export' in perms} canBorrow={canBorrow} />;
    if (key === 'review') return <Catalogue view="review" canExport={false} canBorrow={false} />;
    return <Borrows view={key as BorrowView} />;
  };
  return (
    <Card
      title={t('documents.title')}
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="document-create"
          >
            {t('documents.create')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        destroyOnHidden
        items={tabs.map((key) => ({ key, label: t(`documents.tabs.${key}`), children: content(key) }))}
      />
      <DocumentFormModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
