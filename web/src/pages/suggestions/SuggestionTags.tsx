import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TSuggestionRow } from './hooks';

const colors: Record<TSuggestionRow['status'], string> = {
  pending: 'processing',
  adopted: 'success',
  declined: 'default',
  withdrawn: 'default',
};

/** OPS-9: a suggestion's status in words. */
export function SuggestionStatusTag({ status }: { status: TSuggestionRow['status'] }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`suggestions.statuses.${status}`)}</Tag>;
}
