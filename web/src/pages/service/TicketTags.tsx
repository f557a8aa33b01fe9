import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TTicketRow } from './hooks';

const statusColors: Record<TTicketRow['status'], string> = {
  new: 'blue',
  in_progress: 'processing',
  waiting: 'warning',
  resolved: 'success',
  closed: 'default',
};
const priorityColors: Record<TTicketRow['priority'], string> = {
  low: 'default',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

/** SVC-1: a ticket's status in words. */
export function TicketStatusTag({ status }: { status: TTicketRow['status'] }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`service.statuses.${status}`)}</Tag>;
}

/** SVC-1: a ticket's priority in words. */
export function TicketPriorityTag({ priority }: { priority: TTicketRow['priority'] }) {
  const { t } = useTranslation();
  return <Tag color={priorityColors[priority]}>{t(`service.priorities.${priority}`)}</Tag>;
}

/** Past an open deadline. */
export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? <Tag color="red">{t('service.overdue')}</Tag> : null;
}
