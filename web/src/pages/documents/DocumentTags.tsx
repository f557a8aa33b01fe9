import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TBorrowRow, TDocumentRow } from './hooks';

const levelColor = { public: 'green', restricted: 'gold', confidential: 'red' } as const;
const borrowColor = {
  pending: 'processing',
  approved: 'cyan',
  lent: 'orange',
  returned: 'green',
  rejected: 'red',
  withdrawn: 'default',
} as const;

/** DOC-3: the confidentiality level. */
export function LevelTag({ level }: { level: TDocumentRow['confidentiality'] }) {
  const { t } = useTranslation();
  return <Tag color={levelColor[level]}>{t(`documents.levels.${level}`)}</Tag>;
}

/** DOC-2: where a loan stands (overdue in red). */
export function BorrowStatusTag({ row }: { row: Pick<TBorrowRow, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  if (row.overdue) return <Tag color="red">{t('documents.borrowStatuses.overdue')}</Tag>;
  return <Tag color={borrowColor[row.status]}>{t(`documents.borrowStatuses.${row.status}`)}</Tag>;
}
