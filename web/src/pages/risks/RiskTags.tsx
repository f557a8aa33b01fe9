import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';
import { levelColours, type RiskLevel } from './heatmap';

const statusColours = { open: 'red', controlled: 'blue', closed: 'default' } as const;

export function RiskLevelTag({ level }: { level: RiskLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={levelColours[level]} style={{ color: '#000' }}>
      {enumLabel(t, 'level', level)}
    </Tag>
  );
}

export function RiskStatusTag({ status }: { status: keyof typeof statusColours }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{enumLabel(t, 'status', status)}</Tag>;
}
