import { Progress, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TOrderListItem } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { OrderStatusTag } from './order-status';

export type OrderSort = 'createdAt' | 'updatedAt' | 'number' | 'expectedShipDate';

/** The columns of an order table (the order list, a customer's and a contract's orders). */
export function useOrderColumns(opts: { showCustomer?: boolean; showContract?: boolean } = {}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TOrderListItem> = [
    {
      key: 'number',
      title: t('orders.fields.number'),
      sorter: true,
      render: (_, r) => (
        <Link to={`/orders/${r.id}`} data-testid="order-link">
          {r.number}
        </Link>
      ),
    },
    ...(opts.showCustomer === false
      ? []
      : [
          {
            key: 'customer',
            title: t('orders.fields.customer'),
            render: (_: unknown, r: TOrderListItem) => r.customer.name,
          },
        ]),
    ...(opts.showContract === false
      ? []
      : [
          {
            key: 'contract',
            title: t('orders.fields.contract'),
            render: (_: unknown, r: TOrderListItem) => (
              <Link to={`/contracts/${r.contract.id}`}>{r.contract.number}</Link>
            ),
          },
        ]),
    {
      key: 'status',
      title: t('orders.fields.status'),
      render: (_, r) => <OrderStatusTag status={r.status} />,
    },
    {
      key: 'shipped',
      title: t('orders.fields.shippedProgress'),
      render: (_, r) => (
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <Progress
            percent={r.quantity ? Math.round((r.shippedQuantity * 100) / r.quantity) : 0}
            size="small"
            showInfo={false}
            style={{ width: 80 }}
          />
          <Typography.Text type="secondary">
            {r.shippedQuantity}/{r.quantity}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'documents',
      title: t('orders.fields.documents'),
      render: (_, r) => t('orders.documentsCount', { provided: r.documentsProvided, total: 3 }),
    },
    {
      key: 'expectedShipDate',
      title: t('orders.fields.expectedShipDate'),
      sorter: true,
      render: (_, r) => r.expectedShipDate ?? '',
    },
    { key: 'owner', title: t('orders.fields.owner'), render: (_, r) => r.owner.displayName },
    {
      key: 'createdAt',
      title: t('orders.fields.createdAt'),
      sorter: true,
      render: (_, r) => formatDateTime(r.createdAt),
    },
  ];
  return columns;
}
