import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';
import type { TRedemptionStatus } from './hooks';

const colors: Record<TRedemptionStatus, string> = {
  submitted: 'processing',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
  fulfilled: 'cyan',
};

/** INC-6: where a redemption stands (待审批 while it waits). */
export function RedemptionStatusTag({ status }: { status: TRedemptionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid="redemption-status">
      {status === 'submitted' ? t('rewards.status.pending') : enumLabel(t, 'status', status)}
    </Tag>
  );
}
