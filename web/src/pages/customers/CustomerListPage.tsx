import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCustomerLevels, useCustomerPage, useMayExportCustomers } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TCustomerListItem, TCustomerQuery } from '../../api/types';
import { ExportButton } from '../../components/ExportButton';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { CustomerCreateModal } from './CustomerCreateModal';
import { type CustomerSort, useCustomerColumns } from './customer-columns';
import { customerSources, customerTypes } from './customer-options';
import { ServiceForAnyCustomerButton } from './ServiceLogModal';
import { ImportSlot } from './slots';

type View = NonNullable<TCustomerQuery['view']>;
const views: View[] = ['all', 'mine', 'subordinates', 'collaborating'];
type Filters = Pick<
  TCustomerQuery,
  'q' | 'type' | 'level' | 'source' | 'industry' | 'ownerId' | 'unitId' | 'tag'
>;

function isView(value: string | null): value is View {
  return views.includes(value as View);
}

/** CUS-1/CUS-3: the customer file list — saved views, search (incl. pinyin initials), filters. */
export function CustomerListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const mayExport = useMayExportCustomers();
  const [params, setParams] = useSearchParams();
  const raw = params.get('view');
  const view: View = isView(raw) ? raw : 'all';
  const table = useServerTable<Filters, CustomerSort>({ order: 'desc' });
  const query: TCustomerQuery = { ...table.params, view };
  const customers = useCustomerPage(query);
  const { levels } = useCustomerLevels();
  const columns = useCustomerColumns(levels);
  const [creating, setCreating] = useState(false);

  const setView = (next: View) =>
    setParams((p) => {
      const out = new URLSearchParams(p);
      if (next === 'all') out.delete('view');
      else out.set('view', next);
      return out;
    });

  return (
    <Card
      title={t('customers.title')}
      extra={
        <Space wrap>
          {can('customer:service') && <ServiceForAnyCustomerButton />}
          {can('customer:import') && <ImportSlot />}
          {mayExport && <ExportButton path="/api/customers/export" query={{ ...query, page: undefined }} />}
          {can('customer:create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="customer-create"
            >
              {t('customers.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Segmented<View>
        value={view}
        onChange={setView}
        options={views.map((v) => ({ value: v, label: t(`customers.views.${v}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="customer-views"
      />
      <SearchForm<Filters> onSearch={table.setFilters}>
        <Form.Item name="q">
          <Input
            placeholder={t('customers.searchPlaceholder')}
            allowClear
            style={{ width: 300 }}
            data-testid="customer-search"
          />
        </Form.Item>
        <Form.Item name="type">
          <Select
            allowClear
            placeholder={t('customers.fields.type')}
            style={{ width: 130 }}
            options={customerTypes.map((v) => ({ value: v, label: t(`customers.types.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="level">
          <Select
            allowClear
            placeholder={t('customers.fields.level')}
            style={{ width: 110 }}
            options={levels.map((v) => ({ value: v, label: v }))}
          />
        </Form.Item>
        <Form.Item name="source">
          <Select
            allowClear
            placeholder={t('customers.fields.source')}
            style={{ width: 130 }}
            options={customerSources.map((v) => ({ value: v, label: t(`customers.sources.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="industry">
          <Input placeholder={t('customers.fields.industry')} allowClear style={{ width: 130 }} />
        </Form.Item>
        {view !== 'mine' && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('customers.fields.owner')} style={{ width: 180 }} />
          </Form.Item>
        )}
        {can('unit:read') && (
          <Form.Item name="unitId">
            <UnitTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="tag">
          <Input placeholder={t('customers.fields.tag')} allowClear style={{ width: 120 }} />
        </Form.Item>
      </SearchForm>
      <PagedTable<TCustomerListItem, Filters, CustomerSort>
        query={customers}
        table={table}
        columns={columns}
        data-testid="customer-table"
        locale={{ emptyText: t(`customers.empty.${view}`) }}
      />
      <CustomerCreateModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
