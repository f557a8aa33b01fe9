import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TInstalment, TPaymentMethod, TPaymentStatus } from '../../api/types';

export const paymentMethods: TPaymentMethod[] = [
  'cash',
  'bank_transfer',
  'pos_card',
  'acceptance_bill',
  'other',
];
export const paymentStatuses: TPaymentStatus[] = ['pending', 'confirmed', 'rejected'];

const statusColor: Record<TPaymentStatus, string> = {
  pending: 'processing',
  confirmed: 'success',
  rejected: 'error',
};

/** AR-4: 待确认 / 已确认 / 已退回; a reversal row says 冲销. */
export function PaymentStatusTag({
  status,
  kind,
}: {
  status: TPaymentStatus;
  kind?: 'receipt' | 'reversal';
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={statusColor[status]}>{t(`payments.status.${status}`)}</Tag>
      {kind === 'reversal' && <Tag color="warning">{t('payments.kind.reversal')}</Tag>}
    </>
  );
}

const instalmentColor: Record<TInstalment['status'], string> = {
  paid: 'success',
  not_due: 'default',
  due_soon: 'warning',
  overdue: 'error',
};

/** AR-1/AR-5: 未到期 / 即将到期 / 逾期 N 天 / 已结清. */
export function InstalmentStatusTag({
  instalment,
}: {
  instalment: Pick<TInstalment, 'status' | 'daysOverdue'>;
}) {
  const { t } = useTranslation();
  return (
    <Tag color={instalmentColor[instalment.status]} data-testid="instalment-status">
      {t(`payments.instalmentStatus.${instalment.status}`, { days: instalment.daysOverdue })}
    </Tag>
  );
}
