import { Card, Descriptions, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApprovalHistory } from '../../api/hooks/approvals';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { enumLabel } from '../../i18n/labels';
import { useRedemption } from './hooks';
import { RedemptionStatusTag } from './RewardStatusTag';

/** INC-6: one redemption — who, which reward, how many points — and its approval (the approver decides here). */
export function RedemptionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useRedemption(id);
  const r = q.data;
  // A decision in the panel (approve, reject, withdraw) changes the redemption's status too.
  const history = useApprovalHistory('redemption', id);
  const { refetch } = q;
  const decidedAt = history.dataUpdatedAt;
  useEffect(() => {
    if (decidedAt) void refetch();
  }, [decidedAt, refetch]);
  return (
    <Card
      title={t('rewards.detail.title')}
      extra={<Link to="/rewards?tab=mine">{t('rewards.detail.back')}</Link>}
    >
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isLoading && <Skeleton active />}
      {r && (
        <>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('rewards.fields.person')}>{r.user.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('rewards.fields.status')}>
              <RedemptionStatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('rewards.fields.item')}>
              {r.item.name}（{enumLabel(t, 'kind', r.item.kind)}）
            </Descriptions.Item>
            <Descriptions.Item label={t('rewards.fields.quantity')}>{r.quantity}</Descriptions.Item>
            <Descriptions.Item label={t('rewards.fields.pointsPrice')}>
              {t('rewards.points', { n: r.unitPoints })}
            </Descriptions.Item>
            <Descriptions.Item label={t('rewards.fields.points')}>
              <span data-testid="redemption-points">{t('rewards.points', { n: r.points })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('rewards.fields.createdAt')}>
              {formatDateTime(r.createdAt)}
            </Descriptions.Item>
            {r.decidedAt && (
              <Descriptions.Item label={t('rewards.fields.decidedAt')}>
                {formatDateTime(r.decidedAt)}
              </Descriptions.Item>
            )}
            {r.note && <Descriptions.Item label={t('rewards.fields.note')}>{r.note}</Descriptions.Item>}
          </Descriptions>
          <ApprovalPanel docType="redemption" docId={r.id} title={`${r.item.name} × ${r.quantity}`} />
        </>
      )}
    </Card>
  );
}
