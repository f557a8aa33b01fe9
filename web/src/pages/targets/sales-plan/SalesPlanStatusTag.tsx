import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../i18n/labels';
import type { TSalesPlanStatus } from './hooks';

const color: Record<TSalesPlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
  superseded: 'default',
};

/** A version's status: in force once approved; superseded by a later approved version. */
export function SalesPlanStatusTag({ status }: { status: TSalesPlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={color[status]} data-testid="sales-plan-status">
      {status === 'approved' ? t('salesPlans.inForce') : enumLabel(t, 'status', status)}
    </Tag>
  );
}
