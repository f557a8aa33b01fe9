import { Collapse, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/company-time';
import type { TWorkLog } from './hooks';
import { LogTags } from './LogTags';

const text = (v: string) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v || '—'}</Typography.Paragraph>
);

/** OPS-1: a log as read — its fields, the review, and every change made after the day closed (before/after). */
export function LogView({ log }: { log: TWorkLog }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('worklogs.fields.person')}>{log.user.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('worklogs.fields.day')}>
          {log.day} <LogTags log={log} />
        </Descriptions.Item>
        <Descriptions.Item label={t('worklogs.fields.done')}>{text(log.done)}</Descriptions.Item>
        <Descriptions.Item label={t('worklogs.fields.customerOpinions')}>
          {text(log.customerOpinions)}
        </Descriptions.Item>
        <Descriptions.Item label={t('worklogs.fields.problems')}>{text(log.problems)}</Descriptions.Item>
        <Descriptions.Item label={t('worklogs.fields.tomorrowPlan')}>
          {text(log.tomorrowPlan)}
        </Descriptions.Item>
        <Descriptions.Item label={t('worklogs.fields.submittedAt')}>
          {formatDateTime(log.submittedAt)}
        </Descriptions.Item>
        {log.reviewedBy && (
          <Descriptions.Item label={t('worklogs.fields.review')}>
            {log.reviewedBy.displayName} · {formatDateTime(log.reviewedAt)}
            {log.reviewComment ? ` · ${log.reviewComment}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {log.history.length > 0 && (
        <Collapse
          style={{ marginTop: 16 }}
          data-testid="worklog-history"
          items={log.history.map((h) => ({
            key: h.id,
            label: `${t('worklogs.history.changed', { at: formatDateTime(h.changedAt), by: h.changedBy.displayName })} · ${h.reason}`,
            children: (
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('worklogs.history.before')}>
                  {text(h.before.done)}
                </Descriptions.Item>
                <Descriptions.Item label={t('worklogs.history.after')}>
                  {text(h.after.done)}
                </Descriptions.Item>
              </Descriptions>
            ),
          }))}
        />
      )}
    </>
  );
}
