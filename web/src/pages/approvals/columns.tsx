import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TApprovalListItem } from '../../api/types';
import { ApprovalStatusTag } from '../../components/ApprovalPanel';
import { formatDateTime, localized } from '../../components/format';
import { formatYuan } from '../policies/policy-values';

export function amountText(fen: string | null): string {
  return fen === null ? '—' : formatYuan(BigInt(fen));
}

/** Columns every approval list shows: type, title (links to the record), amount, submitter, time. */
export function useApprovalColumns<T extends TApprovalListItem>(): TableColumnsType<T> {
  const { t, i18n } = useTranslation();
  return [
    {
      key: 'docType',
      title: t('approvals.columns.docType'),
      render: (_, r) => localized(r.docTypeLabel, i18n.language),
    },
    {
      key: 'title',
      title: t('approvals.columns.title'),
      render: (_, r) => (r.link ? <Link to={r.link}>{r.title}</Link> : r.title),
    },
    {
      key: 'amount',
      title: t('approvals.columns.amount'),
      align: 'right',
      render: (_, r) => amountText(r.amountFen),
    },
    { key: 'submitter', title: t('approvals.columns.submitter'), render: (_, r) => r.submitter.displayName },
    {
      key: 'submittedAt',
      title: t('approvals.columns.submittedAt'),
      render: (_, r) => formatDateTime(r.submittedAt),
    },
  ];
}

export function StatusCell({ item }: { item: TApprovalListItem }) {
  return <ApprovalStatusTag status={item.status} />;
}
