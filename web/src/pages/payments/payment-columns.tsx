import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPayment } from '../../api/types';
import { formatFenText } from '../../components/format';
import { PaymentStatusTag } from './payment-labels';

export type PaymentSort = 'receivedOn' | 'amountFen' | 'createdAt' | 'number';

/** The columns of a payment list; the number opens the payment. */
export function usePaymentColumns(opts: {
  onOpen: (id: string) => void;
  showCustomer?: boolean;
  showContract?: boolean;
}): ColumnsType<TPayment> {
  const { t } = useTranslation();
  const columns: ColumnsType<TPayment> = [
    {
      key: 'number',
      title: t('payments.fields.number'),
      sorter: true,
      render: (_, p) => (
        <Typography.Link onClick={() => opts.onOpen(p.id)} data-testid="payment-open">
          {p.number}
        </Typography.Link>
      ),
    },
  ];
  if (opts.showCustomer !== false)
    columns.push({
      key: 'customer',
      title: t('payments.fields.customer'),
      render: (_, p) => <Link to={`/customers/${p.customer.id}`}>{p.customer.name}</Link>,
    });
  if (opts.showContract !== false)
    columns.push({
      key: 'contract',
      title: t('payments.fields.contract'),
      render: (_, p) =>
        p.contract ? <Link to={`/contracts/${p.contract.id}`}>{p.contract.number}</Link> : '—',
    });
  columns.push(
    {
      key: 'amountFen',
      title: t('payments.fields.amount'),
      sorter: true,
      align: 'right',
      render: (_, p) => formatFenText(p.amountFen),
    },
    {
      key: 'unallocated',
      title: t('payments.fields.unallocated'),
      align: 'right',
      render: (_, p) => (p.unallocatedFen === '0' ? '' : formatFenText(p.unallocatedFen)),
    },
    { key: 'method', title: t('payments.fields.method'), render: (_, p) => t(`payments.method.${p.method}`) },
    { key: 'receivedOn', title: t('payments.fields.receivedOn'), sorter: true, dataIndex: 'receivedOn' },
    { key: 'payer', title: t('payments.fields.payer'), dataIndex: 'payer' },
    {
      key: 'status',
      title: t('payments.fields.status'),
      render: (_, p) => <PaymentStatusTag status={p.status} kind={p.kind} />,
    },
    { key: 'owner', title: t('payments.fields.owner'), render: (_, p) => p.owner.displayName },
  );
  return columns;
}
