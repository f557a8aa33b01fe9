import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';
import type { TWorkLogRow } from './hooks';

const reviewColors = { pending: 'processing', approved: 'success', returned: 'error' } as const;

/** OPS-1/OPS-7: a log's state in words — draft, submitted (late), waiting / approved / returned. */
export function LogTags({ log }: { log: Pick<TWorkLogRow, 'status' | 'reviewStatus' | 'late'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={log.status === 'submitted' ? 'blue' : 'default'}>{enumLabel(t, 'status', log.status)}</Tag>
      {log.late && <Tag color="warning">{t('worklogs.late')}</Tag>}
      {log.reviewStatus && (
        <Tag color={reviewColors[log.reviewStatus]}>{enumLabel(t, 'reviewStatus', log.reviewStatus)}</Tag>
      )}
    </>
  );
}
