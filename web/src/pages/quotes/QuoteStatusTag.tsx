import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TQuoteStatus } from '../../api/types';

const colors: Record<TQuoteStatus, string> = {
  draft: 'default',
  reviewing: 'processing',
  approved: 'cyan',
  rejected: 'error',
  sent: 'blue',
  accepted: 'success',
  declined: 'warning',
  expired: 'default',
};

export const quoteStatuses = Object.keys(colors) as TQuoteStatus[];

export function QuoteStatusTag({ status }: { status: TQuoteStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid="quote-status">
      {t(`quotes.status.${status}`)}
    </Tag>
  );
}
