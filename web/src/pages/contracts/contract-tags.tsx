import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TContractKind, TContractStatus } from '../../api/types';

export const contractKinds: TContractKind[] = ['intent', 'main', 'supplement'];
export const contractStatuses: TContractStatus[] = [
  'draft',
  'reviewing',
  'approved',
  'rejected',
  'entered',
  'plan_review',
  'signed',
];

const statusColor: Record<TContractStatus, string> = {
  draft: 'default',
  reviewing: 'processing',
  approved: 'cyan',
  rejected: 'error',
  entered: 'purple',
  plan_review: 'orange',
  signed: 'success',
};
const kindColor: Record<TContractKind, string> = { intent: 'gold', main: 'blue', supplement: 'geekblue' };

export function ContractStatusTag({ status }: { status: TContractStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`contracts.statuses.${status}`)}</Tag>;
}

export function ContractKindTag({ kind }: { kind: TContractKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColor[kind]}>{t(`contracts.kinds.${kind}`)}</Tag>;
}
