import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../../api/hooks/units';
import { companyNow, formatDate, formatDateTimeMinutes } from '../../../components/company-time';
import { FormModal } from '../../../components/FormModal';
import { formatFenText } from '../../../components/format';
import { MoneyInput } from '../../../components/MoneyInput';
import { PagedTable } from '../../../components/PagedTable';
import { useAction } from '../../../components/use-action';
import { useServerTable } from '../../../components/use-server-table';
import { enumLabel } from '../../../i18n/labels';
import {
  type TMarketSize,
  type TMarketSizeQuery,
  useDeleteMarketSize,
  useMarketSizes,
  useUpsertMarketSize,
} from './hooks';

type Sort = NonNullable<TMarketSizeQuery['sort']>;
type Filters = { year?: number };

interface Values {
  unitId: string;
  year: number;
  sizeFen: string | null;
  source?: string;
  enteredOn?: Dayjs | null;
}

/** PLAN-5: a region's (or the company's) market size for a year — entered, or corrected. */
function SizeModal({ size, year, onClose }: { size: TMarketSize | null; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const upsert = useUpsertMarketSize();
  const regions = (units.data ?? []).filter((u) => u.kind === 'region' || u.parentId === null);
  return (
    <FormModal<Values>
      open
      title={size ? t('salesPlans.market.edit') : t('salesPlans.market.add')}
      onClose={onClose}
      testId="market-size-form"
      initialValues={{
        unitId: size?.unit.id,
        year: size?.year ?? year,
        sizeFen: size?.sizeFen ?? null,
        source: size?.source ?? '',
        enteredOn: size?.enteredOn ? dayjs(size.enteredOn) : null,
      }}
      onSubmit={(v) =>
        upsert.mutateAsync({
          unitId: v.unitId,
          year: v.year,
          sizeFen: v.sizeFen ?? '',
          source: v.source?.trim() ? v.source.trim() : null,
          enteredOn: v.enteredOn ? v.enteredOn.format('YYYY-MM-DD') : null,
        })
      }
    >
      <Form.Item
        name="unitId"
        label={t('salesPlans.market.unit')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          disabled={size !== null}
          loading={units.isPending}
          options={regions.map((u) => ({
            value: u.id,
            label: `${u.name}（${enumLabel(t, 'kind', u.kind)}）`,
          }))}
          data-testid="market-unit"
        />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('salesPlans.fields.year')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber min={2000} max={2100} precision={0} disabled={size !== null} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="sizeFen"
        label={t('salesPlans.market.size')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <MoneyInput data-testid="market-size" />
      </Form.Item>
      <Form.Item name="source" label={t('salesPlans.market.source')}>
        <Input maxLength={200} placeholder={t('salesPlans.market.sourceHint')} />
      </Form.Item>
      <Form.Item name="enteredOn" label={t('salesPlans.market.enteredOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * PLAN-5 (市场占有率的基数): market sizes per region and year — the figure and its source, entered
 * and corrected by the sales director; the indicators divide sales by it for market share.
 */
export function MarketSizesPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>(companyNow().year());
  const table = useServerTable<Filters, Sort>();
  const { cursor: _cursor, ...paging } = table.params;
  const sizes = useMarketSizes({ ...paging, ...(year ? { year } : {}) });
  const remove = useDeleteMarketSize();
  const { run } = useAction();
  const [editing, setEditing] = useState<{ size: TMarketSize | null } | null>(null);
  const columns: ColumnsType<TMarketSize> = [
    { title: t('salesPlans.market.unit'), key: 'unit', sorter: true, render: (_, s) => s.unit.name },
    { title: t('salesPlans.fields.year'), dataIndex: 'year', key: 'year', sorter: true, width: 90 },
    {
      title: t('salesPlans.market.size'),
      key: 'size',
      sorter: true,
      align: 'right',
      render: (_, s) => formatFenText(s.sizeFen),
    },
    { title: t('salesPlans.market.source'), dataIndex: 'source', ellipsis: true },
    { title: t('salesPlans.market.enteredOn'), key: 'enteredOn', render: (_, s) => formatDate(s.enteredOn) },
    { title: t('salesPlans.market.enteredBy'), key: 'by', render: (_, s) => s.enteredBy?.displayName ?? '' },
    { title: t('common.updatedAt'), key: 'updatedAt', render: (_, s) => formatDateTimeMinutes(s.updatedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, s) => (
        <Space size={4}>
          <Button
            icon={<EditOutlined />}
            aria-label={t('common.edit')}
            onClick={() => setEditing({ size: s })}
          />
          <Popconfirm
            title={t('salesPlans.market.confirmDelete')}
            onConfirm={() => run(() => remove.mutateAsync(s.id), t('salesPlans.market.deleted'))}
            okText={t('salesPlans.market.delete')}
            cancelText={t('common.cancel')}
          >
            <Button danger icon={<DeleteOutlined />} aria-label={t('salesPlans.market.delete')} />
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={t('salesPlans.market.title')}
      extra={
        <Space wrap>
          <DatePicker
            picker="year"
            aria-label={t('salesPlans.fields.year')}
            value={year ? dayjs(`${year}-01-01`) : null}
            onChange={(d) => setYear(d ? d.year() : undefined)}
            placeholder={t('salesPlans.market.allYears')}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ size: null })}
            data-testid="market-add"
          >
            {t('salesPlans.market.add')}
          </Button>
        </Space>
      }
    >
      <PagedTable<TMarketSize, Filters, Sort>
        query={sizes}
        table={table}
        columns={columns}
        data-testid="market-sizes"
      />
      {editing && (
        <SizeModal size={editing.size} year={year ?? companyNow().year()} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
