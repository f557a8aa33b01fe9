import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TBucket, TDunningOutcome, TLegalStatus, TReceivable } from '../../api/types';

const statusColor: Record<TReceivable['status'], string> = {
  not_due: 'default',
  due_soon: 'gold',
  overdue: 'red',
  paid: 'green',
};

/** AR-5: 未到期 / 即将到期 / 逾期N天 / 已结清. */
export function ReceivableStatusTag({ row }: { row: Pick<TReceivable, 'status' | 'daysOverdue'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[row.status]} data-testid="receivable-status">
      {row.status === 'overdue'
        ? t('receivables.status.overdueDays', { count: row.daysOverdue })
        : t(`receivables.status.${row.status}`)}
    </Tag>
  );
}

const legalColor: Record<TLegalStatus, string> = {
  none: 'default',
  legal_review: 'orange',
  legal_action: 'volcano',
  closed: 'default',
};

export function LegalStatusTag({ status }: { status: TLegalStatus }) {
  const { t } = useTranslation();
  if (status === 'none') return null;
  return <Tag color={legalColor[status]}>{t(`receivables.legal.${status}`)}</Tag>;
}

const outcomeColor: Record<TDunningOutcome, string> = {
  promised: 'blue',
  paid: 'green',
  disputed: 'orange',
  unreachable: 'red',
  other: 'default',
};

export function OutcomeTag({ outcome }: { outcome: TDunningOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return <Tag color="gold">{t('receivables.dunning.outcomePending')}</Tag>;
  return <Tag color={outcomeColor[outcome]}>{t(`receivables.dunning.outcomes.${outcome}`)}</Tag>;
}

/** AR-9: a bucket's label; the first reads from 0 as the regulation writes it (0–30), the last "90 天以上". */
export function bucketLabel(t: TFunction, bucket: TBucket, index: number): string {
  if (bucket.toDays === null) return t('receivables.aging.bucketOver', { days: bucket.fromDays - 1 });
  return t('receivables.aging.bucketRange', { from: index === 0 ? 0 : bucket.fromDays, to: bucket.toDays });
}
