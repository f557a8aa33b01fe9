import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerLevels, useCustomerPage, useMayExportCustomers } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TCustomerListItem, TCustomerQuery } from '../../api/types';
import { ExportButton } from '../../components/ExportButton';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { usePhone } from '../../components/use-phone';
import { useServerTable } from '../../components/use-server-table';
import { CustomerCards } from './CustomerCards';
import { CustomerCreateModal } from './CustomerCreateModal';
import { type CustomerSort, useCustomerColumns } from './customer-columns';
import {
  CustomerFilterFields,
  type CustomerFilters,
  type CustomerView,
  customerViews,
  useCustomerView,
} from './customer-filters';
import { ServiceForAnyCustomerButton } from './ServiceLogModal';
import { ImportSlot } from './slots';

/** CUS-1/CUS-3: the customer file list — a table on a desktop, search and cards on a phone. */
export function CustomerListPage() {
  return usePhone() ? <CustomerCards /> : <CustomerTable />;
}

/** The desktop's list: saved views, search (incl. pinyin initials), filters, a paged table. */
function CustomerTable() {
  const { t } = useTranslation();
  const can = useCan();
  const mayExport = useMayExportCustomers();
  const [view, setView] = useCustomerView();
  const table = useServerTable<CustomerFilters, CustomerSort>({ order: 'desc' });
  const query: TCustomerQuery = { ...table.params, view };
  const customers = useCustomerPage(query);
  const { levels } = useCustomerLevels();
  const columns = useCustomerColumns(levels);
  const [creating, setCreating] = useState(false);

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
      <Segmented<CustomerView>
        value={view}
        onChange={setView}
        options={customerViews.map((v) => ({ value: v, label: t(`customers.views.${v}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="customer-views"
      />
      <SearchForm<CustomerFilters> onSearch={table.setFilters}>
        <Form.Item name="q">
          <Input
            placeholder={t('customers.searchPlaceholder')}
            allowClear
            style={{ width: 300 }}
            data-testid="customer-search"
          />
        </Form.Item>
        <CustomerFilterFields view={view} levels={levels} />
      </SearchForm>
      <PagedTable<TCustomerListItem, CustomerFilters, CustomerSort>
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
