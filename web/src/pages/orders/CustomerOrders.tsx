import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrderPage } from '../../api/hooks/orders';
import type { TOrderListItem } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { type OrderSort, useOrderColumns } from './order-columns';

/** The customer page's 订单 tab (Q2C-10/Q2C-11): the customer's orders in my scope and how far each has got. */
export function CustomerOrders({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const table = useServerTable<{ customerId: string }, OrderSort>({ filters: { customerId } });
  const page = useOrderPage({ ...table.params, customerId });
  const columns = useOrderColumns({ showCustomer: false });
  return (
    <>
      {page.data?.total === 0 && (
        <Typography.Paragraph type="secondary">{t('orders.customerTab.empty')}</Typography.Paragraph>
      )}
      <PagedTable<TOrderListItem, { customerId: string }, OrderSort>
        query={page}
        table={table}
        columns={columns}
        data-testid="customer-order-table"
      />
    </>
  );
}
