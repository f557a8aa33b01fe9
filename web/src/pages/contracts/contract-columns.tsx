import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TContractItem } from '../../api/types';
import { formatDateTime, formatFenText } from '../../components/format';
import { ContractKindTag, ContractStatusTag } from './contract-tags';

export type ContractSort = 'updatedAt' | 'amountFen' | 'signedOn' | 'number';

/** The amount a list shows: a supplement's signed change (+/−), else the contract amount. */
export function listAmount(c: Pick<TContractItem, 'kind' | 'amountFen' | 'deltaFen'>): string {
  if (c.kind !== 'supplement' || c.deltaFen === null) return formatFenText(c.amountFen);
  const text = formatFenText(c.deltaFen);
  return c.deltaFen.startsWith('-') ? text : `+${text}`;
}

/** The columns of a contract table (the 合同 list, a customer's tab, a main contract's supplements). */
export function useContractColumns(opts: { showCustomer?: boolean } = {}): TableColumnsType<TContractItem> {
  const { t } = useTranslation();
  return [
    {
      key: 'number',
      title: t('contracts.fields.number'),
      sorter: true,
      render: (_, r) => <Link to={`/contracts/${r.id}`}>{r.number}</Link>,
    },
    { key: 'title', title: t('contracts.fields.title'), render: (_, r) => r.title },
    { key: 'kind', title: t('contracts.fields.kind'), render: (_, r) => <ContractKindTag kind={r.kind} /> },
    ...(opts.showCustomer === false
      ? []
      : [
          {
            key: 'customer',
            title: t('contracts.fields.customer'),
            render: (_: unknown, r: TContractItem) => r.customer.name,
          },
        ]),
    {
      key: 'status',
      title: t('contracts.fields.status'),
      render: (_, r) => <ContractStatusTag status={r.status} />,
    },
    {
      key: 'amountFen',
      title: t('contracts.fields.amount'),
      sorter: true,
      align: 'right',
      render: (_, r) => listAmount(r),
    },
    {
      key: 'signedOn',
      title: t('contracts.fields.signedOn'),
      sorter: true,
      render: (_, r) => r.signedOn ?? '',
    },
    { key: 'owner', title: t('contracts.fields.owner'), render: (_, r) => r.owner.displayName },
    {
      key: 'updatedAt',
      title: t('contracts.fields.updatedAt'),
      sorter: true,
      render: (_, r) => formatDateTime(r.updatedAt),
    },
  ];
}
