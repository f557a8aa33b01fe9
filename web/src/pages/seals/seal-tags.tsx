import type { TSealRequestStatus, TSealStatus } from '@xiaoguan/server/api';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const sealColor: Record<TSealStatus, string> = {
  in_custody: 'success',
  checked_out: 'warning',
  retired: 'default',
};
const requestColor: Record<TSealRequestStatus, string> = {
  draft: 'default',
  reviewing: 'processing',
  approved: 'cyan',
  rejected: 'error',
  checked_out: 'warning',
  returned: 'success',
};

export function SealStatusTag({ status }: { status: TSealStatus }) {
  const { t } = useTranslation();
  return <Tag color={sealColor[status]}>{t(`seals.statuses.${status}`)}</Tag>;
}

export function SealRequestStatusTag({ status }: { status: TSealRequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={requestColor[status]}>{t(`seals.requestStatuses.${status}`)}</Tag>;
}
