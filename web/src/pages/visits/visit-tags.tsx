import { EnvironmentOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TVisitPreApproval, TVisitStamp, TVisitStatus } from '../../api/types';
import { formatDateTimeMinutes } from '../../components/company-time';

const statusColors: Record<TVisitStatus, string> = {
  planned: 'blue',
  prepared: 'cyan',
  in_progress: 'orange',
  done: 'green',
  cancelled: 'default',
};
export const visitStatuses = Object.keys(statusColors) as TVisitStatus[];

export function VisitStatusTag({ status }: { status: TVisitStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} data-testid="visit-status">
      {t(`visits.statuses.${status}`)}
    </Tag>
  );
}

const preApprovalColors: Record<TVisitPreApproval, string> = {
  none: 'default',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
};

export function PreApprovalTag({ state }: { state: TVisitPreApproval }) {
  const { t } = useTranslation();
  return (
    <Tag color={preApprovalColors[state]} data-testid="visit-pre-approval">
      {t(`visits.preApproval.${state}`)}
    </Tag>
  );
}

/** Minutes as hours with one decimal: 90 → "1.5". */
export const hoursOf = (minutes: number) => String(Math.round((minutes / 60) * 10) / 10);

/** VIS-4: where a check-in or check-out was — the position, or plainly that there is none. */
export function StampText({ stamp, kind }: { stamp: TVisitStamp; kind: 'checkIn' | 'checkOut' }) {
  const { t } = useTranslation();
  const when = `${t(`visits.check.${kind}At`)} ${formatDateTimeMinutes(stamp.at)}`;
  if (stamp.location === 'ok') {
    return (
      <Typography.Text data-testid={`visit-${kind}-stamp`}>
        <EnvironmentOutlined /> {when} ·{' '}
        {t('visits.location.ok', {
          lat: stamp.lat?.toFixed(5),
          lng: stamp.lng?.toFixed(5),
          accuracy: stamp.accuracyM,
        })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="warning" data-testid={`visit-${kind}-stamp`}>
      <WarningOutlined /> {when} · {t(`visits.location.${stamp.location}`)}
    </Typography.Text>
  );
}
