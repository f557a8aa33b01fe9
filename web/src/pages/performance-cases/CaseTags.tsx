import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';
import type { TCaseLevel, TCaseStatus } from './hooks';

const statusColor: Record<TCaseStatus, string> = {
  interview: 'orange',
  plan: 'gold',
  review: 'volcano',
  outcome: 'blue',
  closed: 'green',
};

/** INC-8: the step a case is at. */
export function CaseStatusTag({ status }: { status: TCaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{enumLabel(t, 'status', status)}</Tag>;
}

/** INC-8: an interview, or a performance review after consecutive months below target. */
export function CaseLevelTag({ level }: { level: TCaseLevel }) {
  const { t } = useTranslation();
  return <Tag color={level === 'review' ? 'red' : 'default'}>{enumLabel(t, 'level', level)}</Tag>;
}
