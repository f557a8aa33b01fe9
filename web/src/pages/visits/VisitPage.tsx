import { ArrowLeftOutlined, EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { useVisit } from '../../api/hooks/visits';
import type { TVisit } from '../../api/types';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeMinutes, formatFenText } from '../../components/format';
import { CancelVisitButton } from './CancelVisitButton';
import { PrepareVisitModal } from './PrepareVisitModal';
import { purposeLabel } from './purpose-label';
import { VisitCheckPanel } from './VisitCheckPanel';
import { VisitPeopleCard } from './VisitPeopleCard';
import { VisitPhotosCard } from './VisitPhotosCard';
import { hoursOf, PreApprovalTag, VisitStatusTag } from './visit-tags';

/** The approval engine's document type of a visit's pre-approval (VIS-4). */
const PRE_APPROVAL = 'visit_pre_approval';

function BackToList() {
  const { t } = useTranslation();
  return (
    <Link to="/visits" data-testid="visit-back">
      <ArrowLeftOutlined /> {t('visits.page.back')}
    </Link>
  );
}

function VisitHeader({ visit }: { visit: TVisit }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Card size="small" data-testid="visit-header">
      <Flex vertical gap={8}>
        <BackToList />
        <Typography.Title
          level={4}
          style={{ margin: 0, wordBreak: 'break-all' }}
          data-testid="visit-customer"
        >
          {can('customer:read') ? (
            <Link to={`/customers/${visit.customer.id}`}>{visit.customer.name}</Link>
          ) : (
            visit.customer.name
          )}
        </Typography.Title>
        <Space wrap size={4}>
          <VisitStatusTag status={visit.status} />
          <Typography.Text>{purposeLabel(t, visit.purpose)}</Typography.Text>
        </Space>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('visits.fields.plannedOn')}>{visit.plannedOn}</Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.plannedStay')}>
            {t('visits.hours', { hours: hoursOf(visit.plannedMinutes) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.rep')}>{visit.rep.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('visits.fields.source')}>
            {t(visit.planned ? 'visits.sources.plan' : 'visits.sources.adHoc')}
          </Descriptions.Item>
          {visit.note && <Descriptions.Item label={t('visits.fields.note')}>{visit.note}</Descriptions.Item>}
          {visit.status === 'cancelled' && (
            <Descriptions.Item label={t('visits.cancel.reason')}>
              {visit.cancelledByPlan ? t('visits.cancel.byPlan') : visit.cancelReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Flex>
    </Card>
  );
}

/** VIS-4: the preparation — contact, items, expense, gift, entertainment — and its pre-approval. */
function PreparationCard({ visit }: { visit: TVisit }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const prepared = visit.contactName !== null;
  if (!prepared && !visit.actions.prepare) return null;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Card
      size="small"
      title={t('visits.prepare.heading')}
      data-testid="visit-preparation"
      extra={visit.preApprovalNeeded && <PreApprovalTag state={visit.preApproval} />}
    >
      {prepared ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('visits.prepare.contactName')}>{visit.contactName}</Descriptions.Item>
          <Descriptions.Item label={t('visits.prepare.contactedAt')}>
            {formatDateTimeMinutes(visit.contactedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.prepare.itemsToCarry')}>
            {visit.itemsToCarry ?? dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.prepare.expense')}>
            {visit.expenseFen && visit.expenseFen !== '0' ? formatFenText(visit.expenseFen) : dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.prepare.gift')}>{visit.giftNote ?? dash}</Descriptions.Item>
          <Descriptions.Item label={t('visits.prepare.entertainment')}>
            {visit.entertainmentNote ?? dash}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph type="secondary">{t('visits.prepare.notYet')}</Typography.Paragraph>
      )}
      {visit.actions.prepare && (
        <Button
          block
          icon={<EditOutlined />}
          onClick={() => setEditing(true)}
          data-testid="visit-prepare"
          style={{ marginTop: 8 }}
        >
          {t(prepared ? 'visits.prepare.edit' : 'visits.prepare.button')}
        </Button>
      )}
      <PrepareVisitModal visit={visit} open={editing} onClose={() => setEditing(false)} />
    </Card>
  );
}

/**
 * A visit (VIS-4), phone first: who and why, the big check-in / check-out buttons with the phone's
 * position, photos and people met while there, the preparation and its pre-approval, cancel.
 * Every button is one the server allows the signed-in user now.
 */
export function VisitPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const visit = useVisit(id);
  if (visit.isPending) return <Skeleton active />;
  if (visit.error || !visit.data) {
    return (
      <Card>
        <ErrorAlert error={visit.error} onRetry={() => void visit.refetch()} />
        <BackToList />
      </Card>
    );
  }
  const v = visit.data;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }} data-testid="visit-page">
      <VisitHeader visit={v} />
      <VisitCheckPanel visit={v} />
      {/* VIS-5: a visit made has its report (written by the rep, reviewed by the superior). */}
      {v.status === 'done' && (
        <Link to={`/visits/${v.id}/report`} data-testid="visit-report-link">
          <Button type="primary" block size="large" icon={<FileTextOutlined />}>
            {t('visits.page.report')}
          </Button>
        </Link>
      )}
      <VisitPhotosCard visit={v} />
      <VisitPeopleCard visit={v} />
      <PreparationCard visit={v} />
      {(v.preApprovalNeeded || v.preApproval !== 'none') && (
        <ApprovalPanel docType={PRE_APPROVAL} docId={v.id} title={v.customer.name} />
      )}
      <CancelVisitButton visit={v} block />
      {v.status === 'cancelled' && (
        <Typography.Text type="secondary">{t('visits.page.cancelledNote')}</Typography.Text>
      )}
    </Flex>
  );
}
