import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';
import type { TPlanStatus } from './hooks';

const color: Record<TPlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
  superseded: 'default',
};

/** A personal plan's status; a person with no plan yet reads 未提交 in red. */
export function PlanStatusTag({ status }: { status: TPlanStatus | null }) {
  const { t } = useTranslation();
  if (status === null)
    return (
      <Tag color="red" data-testid="plan-status">
        {t('personalPlans.missing')}
      </Tag>
    );
  return (
    <Tag color={color[status]} data-testid="plan-status">
      {enumLabel(t, 'status', status)}
    </Tag>
  );
}
