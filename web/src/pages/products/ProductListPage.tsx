import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useProductCategories, useProductPage } from '../../api/hooks/products';
import type { TProduct, TProductListQuery } from '../../api/types';
import { formatYuan } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { CategoryModal } from './CategoryModal';
import { PriceHistoryDrawer } from './PriceHistoryDrawer';
import { PriceModal } from './PriceModal';
import { ProductFormModal } from './ProductFormModal';

type Filters = Pick<TProductListQuery, 'q' | 'categoryId' | 'status'>;
type Sort = NonNullable<TProductListQuery['sort']>;

const money = (fen: string | null | undefined) => (fen ? formatYuan(BigInt(fen)) : '—');

/** Q2C-1: the product catalogue with its prices; the director prices, the assistant maintains it. */
export function ProductListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const table = useServerTable<Filters, Sort>();
  const page = useProductPage(table.params);
  const categories = useProductCategories();
  const [editing, setEditing] = useState<TProduct | 'new' | null>(null);
  const [pricing, setPricing] = useState<TProduct | null>(null);
  const [history, setHistory] = useState<TProduct | null>(null);
  const [category, setCategory] = useState(false);
  const manage = can('product:manage');

  const columns: ColumnsType<TProduct> = [
    { title: t('products.fields.code'), dataIndex: 'code', key: 'code', sorter: true, fixed: 'left' },
    { title: t('products.fields.name'), dataIndex: 'name', key: 'name', sorter: true },
    { title: t('products.fields.category'), key: 'category', render: (_, p) => p.category?.name ?? '—' },
    { title: t('products.fields.unit'), dataIndex: 'unit' },
    {
      title: t('products.fields.spec'),
      dataIndex: 'spec',
      render: (s: string | null) => (
        <Typography.Text ellipsis={{ tooltip: s }} style={{ maxWidth: 220 }}>
          {s ?? ''}
        </Typography.Text>
      ),
    },
    {
      title: t('products.fields.listPrice'),
      dataIndex: 'listPriceFen',
      key: 'listPriceFen',
      sorter: true,
      align: 'right',
      render: (v: string, p) => (p.priced ? money(v) : '—'),
    },
    {
      title: t('products.fields.floorPrice'),
      dataIndex: 'floorPriceFen',
      align: 'right',
      render: (v: string, p) => (p.priced ? money(v) : '—'),
    },
    ...(can('product:cost')
      ? [
          {
            title: t('products.fields.cost'),
            dataIndex: 'costFen',
            align: 'right' as const,
            render: (v: string | null | undefined) => money(v),
          },
        ]
      : []),
    {
      title: t('products.fields.status'),
      key: 'status',
      render: (_, p) =>
        p.priced ? (
          <Tag color={p.status === 'active' ? 'green' : 'default'}>{t(`products.status.${p.status}`)}</Tag>
        ) : (
          <Tag color="orange">{t('products.unpriced')}</Tag>
        ),
    },
    { title: t('products.fields.version'), dataIndex: 'priceVersion', align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, p) => (
        <Space size="small">
          {manage && (
            <Button size="small" type="link" onClick={() => setEditing(p)}>
              {t('common.edit')}
            </Button>
          )}
          {can('product:price') && (
            <Button size="small" type="link" onClick={() => setPricing(p)} data-testid="product-price">
              {t('products.actions.price')}
            </Button>
          )}
          <Button size="small" type="link" onClick={() => setHistory(p)}>
            {t('products.actions.history')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('products.nav.productListPage')}>
      <SearchForm<Filters>
        onSearch={(v) =>
          table.setFilters({ q: v.q || undefined, categoryId: v.categoryId, status: v.status })
        }
        extra={
          manage && (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('products.actions.create')}
              </Button>
              <Button onClick={() => setCategory(true)}>{t('products.actions.createCategory')}</Button>
            </>
          )
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('products.filters.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="categoryId">
          <Select
            allowClear
            placeholder={t('products.fields.category')}
            style={{ width: 160 }}
            options={(categories.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.name} (${c.productCount})`,
            }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('products.fields.status')}
            style={{ width: 120 }}
            options={(['active', 'retired'] as const).map((s) => ({
              value: s,
              label: t(`products.status.${s}`),
            }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TProduct, Filters, Sort>
        query={page}
        table={table}
        columns={columns}
        data-testid="product-table"
      />
      <ProductFormModal
        open={editing !== null}
        product={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
      <PriceModal product={pricing} onClose={() => setPricing(null)} />
      <PriceHistoryDrawer product={history} onClose={() => setHistory(null)} />
      <CategoryModal open={category} onClose={() => setCategory(false)} />
    </Card>
  );
}
