import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { TQuoteListQuery, TQuoteSummary } from '../../api/types';
import { formatDate } from '../../components/company-time';
import { formatYuan } from '../../components/format';
import { bpToPct } from './line-math';
import { QuoteStatusTag } from './QuoteStatusTag';

export type QuoteSort = NonNullable<TQuoteListQuery['sort']>;

/** The quote list's columns (the customer column is left out on the customer page). */
export function quoteColumns(
  t: TFunction,
  opts: { showCustomer?: boolean } = {},
): ColumnsType<TQuoteSummary> {
  return [
    {
      title: t('quotes.fields.number'),
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      fixed: 'left',
      render: (n: string, q) => <Link to={`/quotes/${q.id}`}>{n}</Link>,
    },
    ...(opts.showCustomer === false
      ? []
      : [
          {
            title: t('quotes.fields.customer'),
            key: 'customer',
            render: (_: unknown, q: TQuoteSummary) => q.customer.name,
          },
        ]),
    {
      title: t('quotes.fields.status'),
      key: 'status',
      render: (_, q) => <QuoteStatusTag status={q.status} />,
    },
    {
      title: t('quotes.fields.total'),
      dataIndex: 'totalFen',
      key: 'totalFen',
      sorter: true,
      align: 'right',
      render: (v: string) => formatYuan(BigInt(v)),
    },
    {
      title: t('quotes.fields.maxDiscount'),
      dataIndex: 'maxDiscountBp',
      align: 'right',
      render: (bp: number) => bpToPct(bp),
    },
    { title: t('quotes.fields.validUntil'), dataIndex: 'validUntil', key: 'validUntil', sorter: true },
    { title: t('quotes.fields.owner'), key: 'owner', render: (_, q) => q.owner.displayName },
    {
      title: t('quotes.fields.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      render: (v: string) => formatDate(v),
    },
  ];
}
