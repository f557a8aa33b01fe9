import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';

const colors: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
  superseded: 'default',
  closed: 'purple',
};

/** A plan's or statement's status in words. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status] ?? 'default'} data-testid="commission-status">
      {enumLabel(t, 'status', status)}
    </Tag>
  );
}

/** INC-1: a tier from 100% of target pays an accelerated rate. */
export function AcceleratorTag() {
  const { t } = useTranslation();
  return (
    <Tag color="gold" data-testid="accelerator-tag">
      {t('commission.accelerator')}
    </Tag>
  );
}
