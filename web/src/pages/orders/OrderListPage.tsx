import { Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import { useOrderPage } from '../../api/hooks/orders';
import type { TOrderListItem, TOrderListQuery, TOrderStatus } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { type OrderSort, useOrderColumns } from './order-columns';
import { orderStatuses } from './order-status';

type Filters = Pick<TOrderListQuery, 'q' | 'status' | 'ownerId'>;
interface FormValues {
  q?: string;
  status?: TOrderStatus;
  ownerId?: string;
}

/** Q2C-10/Q2C-11: every order in my scope with its shipping progress, filtered, sorted and paged by the server. */
export function OrderListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const table = useServerTable<Filters, OrderSort>();
  const page = useOrderPage(table.params);
  const columns = useOrderColumns();
  const seesOthers = (me.data?.permissions['order:read'] ?? 'own') !== 'own';
  return (
    <Card title={t('orders.title')}>
      <SearchForm<FormValues>
        onSearch={(v) =>
          table.setFilters({ q: v.q || undefined, status: v.status, ownerId: v.ownerId || undefined })
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('orders.filters.search')} allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('orders.fields.status')}
            style={{ width: 140 }}
            options={orderStatuses.map((s) => ({ value: s, label: t(`orders.status.${s}`) }))}
          />
        </Form.Item>
        {seesOthers && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('orders.fields.owner')} />
          </Form.Item>
        )}
      </SearchForm>
      <PagedTable<TOrderListItem, Filters, OrderSort>
        query={page}
        table={table}
        columns={columns}
        data-testid="order-table"
      />
    </Card>
  );
}
