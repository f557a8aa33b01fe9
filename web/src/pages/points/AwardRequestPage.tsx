import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { useAwardRequest } from './hooks';

/** INC-4: a manual award of extra points — whom, the rule, how many points, why, and its approval. */
export function AwardRequestPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const req = useAwardRequest(id ?? null);
  const r = req.data;
  return (
    <Card title={t('points.request.title')} loading={req.isLoading}>
      <ErrorAlert error={req.error} onRetry={() => void req.refetch()} />
      {r && (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('points.request.person')}>
              <Link to={`/points/people/${r.person.id}`}>{r.person.displayName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('points.award.rule')}>
              {enumLabel(t, 'rule', r.rule)}
            </Descriptions.Item>
            <Descriptions.Item label={t('points.award.points')}>{r.points}</Descriptions.Item>
            <Descriptions.Item label={t('points.award.reason')}>{r.reason}</Descriptions.Item>
            <Descriptions.Item label={t('points.request.proposer')}>
              {r.proposer.displayName}
            </Descriptions.Item>
            <Descriptions.Item label={t('points.request.status')}>
              <Tag>{enumLabel(t, 'status', r.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('points.request.createdAt')}>
              {formatDateTime(r.createdAt)}
            </Descriptions.Item>
          </Descriptions>
          <ApprovalPanel docType="point_award" docId={r.id} />
        </>
      )}
    </Card>
  );
}
