import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Switch,
  Tabs,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, formatFenText } from '../../components/format';
import { MoneyInput } from '../../components/MoneyInput';
import { PagedTable } from '../../components/PagedTable';
import { useAction } from '../../components/use-action';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import {
  type TRedemption,
  type TRedemptionStatus,
  type TRewardItem,
  type TRewardItemSave,
  type TRewardKind,
  useFulfilRedemption,
  useRedemptions,
  useRewardItems,
  useSaveRewardItem,
} from './hooks';
import { RedemptionStatusTag } from './RewardStatusTag';

const kinds: TRewardKind[] = ['gift', 'coupon', 'training'];
type ItemFilters = { kind?: TRewardKind };
type ItemSort = 'name' | 'pointsPrice' | 'updatedAt';

/** INC-6: a reward as the keeper edits it; the points price follows from the exchange ratio on save. */
function ItemForm({ item, onClose }: { item: TRewardItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveRewardItem();
  const [unlimited, setUnlimited] = useState(item ? item.stock === null : false);
  return (
    <FormModal<TRewardItemSave & { unlimited?: boolean }>
      open
      title={item ? t('rewards.manage.edit') : t('rewards.manage.new')}
      onClose={onClose}
      initialValues={
        item ? { ...item, stock: item.stock ?? undefined } : { kind: 'gift', active: true, stock: 10 }
      }
      onSubmit={(v) =>
        save.mutateAsync({
          id: item?.id ?? null,
          body: {
            name: v.name,
            kind: v.kind,
            description: v.description ?? '',
            valueFen: v.valueFen,
            stock: unlimited ? null : (v.stock ?? 0),
            active: v.active ?? true,
          },
        })
      }
      testId="reward-item-form"
    >
      <Form.Item
        name="name"
        label={t('rewards.fields.name')}
        rules={[{ required: true, message: t('rewards.manage.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('rewards.fields.kind')}>
        <Select options={kinds.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))} />
      </Form.Item>
      <Form.Item
        name="valueFen"
        label={t('rewards.fields.value')}
        extra={t('rewards.manage.priceHint')}
        rules={[{ required: true, message: t('rewards.manage.required') }]}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item label={t('rewards.fields.stock')}>
        <Space wrap>
          <Switch checked={unlimited} onChange={setUnlimited} /> {t('rewards.stock.unlimited')}
          {!unlimited && (
            <Form.Item name="stock" noStyle>
              <InputNumber min={0} max={1_000_000} precision={0} />
            </Form.Item>
          )}
        </Space>
      </Form.Item>
      <Form.Item name="description" label={t('rewards.fields.description')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="active" label={t('rewards.fields.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

function ItemsTab() {
  const { t } = useTranslation();
  const table = useServerTable<ItemFilters, ItemSort>({ order: 'asc' });
  const list = useRewardItems(table.params);
  const [editing, setEditing] = useState<TRewardItem | 'new' | null>(null);
  const columns: ColumnsType<TRewardItem> = [
    { title: t('rewards.fields.name'), dataIndex: 'name', key: 'name', sorter: true },
    { title: t('rewards.fields.kind'), key: 'kind', render: (_, r) => enumLabel(t, 'kind', r.kind) },
    {
      title: t('rewards.fields.value'),
      key: 'value',
      align: 'right',
      render: (_, r) => formatFenText(r.valueFen),
    },
    {
      title: t('rewards.fields.pointsPrice'),
      dataIndex: 'pointsPrice',
      key: 'pointsPrice',
      align: 'right',
      sorter: true,
      defaultSortOrder: 'ascend',
    },
    {
      title: t('rewards.fields.stock'),
      key: 'stock',
      align: 'right',
      render: (_, r) => (r.stock === null ? t('rewards.stock.unlimited') : r.stock),
    },
    {
      title: t('rewards.fields.active'),
      key: 'active',
      render: (_, r) =>
        r.active ? <Tag color="green">{t('rewards.manage.on')}</Tag> : <Tag>{t('rewards.manage.off')}</Tag>,
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      render: (d: string) => formatDateTime(d),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Button size="small" onClick={() => setEditing(r)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<TRewardKind | 'all'>
          value={table.filters.kind ?? 'all'}
          options={[
            { value: 'all', label: t('rewards.filters.all') },
            ...kinds.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) })),
          ]}
          onChange={(v) => table.setFilters(v === 'all' ? {} : { kind: v })}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="reward-item-new"
        >
          {t('rewards.manage.new')}
        </Button>
      </Space>
      <PagedTable<TRewardItem, ItemFilters, ItemSort>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('rewards.empty') }}
        data-testid="reward-items-table"
      />
      {editing && <ItemForm item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

type RedemptionFilters = { status?: TRedemptionStatus };

function RedemptionsTab() {
  const { t } = useTranslation();
  const table = useServerTable<RedemptionFilters, 'createdAt' | 'points'>({ order: 'desc' });
  const list = useRedemptions(table.params);
  const fulfil = useFulfilRedemption();
  const action = useAction();
  const statuses: TRedemptionStatus[] = ['submitted', 'approved', 'fulfilled', 'rejected', 'withdrawn'];
  const columns: ColumnsType<TRedemption> = [
    { title: t('rewards.fields.person'), key: 'person', render: (_, r) => r.user.displayName },
    {
      title: t('rewards.fields.item'),
      key: 'item',
      render: (_, r) => (
        <Link to={`/rewards/redemptions/${r.id}`}>
          {r.item.name} × {r.quantity}
        </Link>
      ),
    },
    { title: t('rewards.fields.points'), dataIndex: 'points', key: 'points', align: 'right', sorter: true },
    {
      title: t('rewards.fields.status'),
      key: 'status',
      render: (_, r) => <RedemptionStatusTag status={r.status} />,
    },
    {
      title: t('rewards.fields.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      defaultSortOrder: 'descend',
      render: (d: string) => formatDateTime(d),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        r.canFulfil && (
          <Popconfirm
            title={t('rewards.manage.fulfilConfirm')}
            okText={t('rewards.manage.fulfil')}
            cancelText={t('common.cancel')}
            onConfirm={() => action.run(() => fulfil.mutateAsync(r.id), t('rewards.manage.fulfilled'))}
          >
            <Button size="small">{t('rewards.manage.fulfil')}</Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <>
      <Segmented<TRedemptionStatus | 'all'>
        style={{ marginBottom: 16 }}
        value={table.filters.status ?? 'all'}
        options={[
          { value: 'all', label: t('rewards.filters.all') },
          ...statuses.map((s) => ({
            value: s,
            label: s === 'submitted' ? t('rewards.status.pending') : enumLabel(t, 'status', s),
          })),
        ]}
        onChange={(v) => table.setFilters(v === 'all' ? {} : { status: v })}
      />
      <PagedTable<TRedemption, RedemptionFilters, 'createdAt' | 'points'>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('rewards.mine.empty') }}
      />
    </>
  );
}

/** INC-6: the catalogue's keepers (HR, the sales assistant): rewards, prices, stock; redemptions handed over. */
export function RewardCataloguePage() {
  const { t } = useTranslation();
  return (
    <Card title={t('rewards.manage.title')}>
      <Tabs
        items={[
          { key: 'items', label: t('rewards.manage.items'), children: <ItemsTab /> },
          { key: 'redemptions', label: t('rewards.manage.redemptions'), children: <RedemptionsTab /> },
        ]}
      />
    </Card>
  );
}
