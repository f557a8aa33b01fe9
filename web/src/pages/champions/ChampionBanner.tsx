import { TrophyOutlined } from '@ant-design/icons';
import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { usePeriodText } from '../indicators/PeriodPicker';
import { useCurrentChampions } from './hooks';

/**
 * INC-7 on the 工作台: the latest champions of my units and the company (month, quarter, year),
 * each leading to the champions of that period.
 */
export function ChampionBanner() {
  const { t } = useTranslation();
  const can = useCan();
  const words = usePeriodText();
  const current = useCurrentChampions(can('champion:read'));
  const items = current.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="success"
      showIcon
      icon={<TrophyOutlined />}
      data-testid="champion-banner"
      title={t('champions.banner.title')}
      description={
        <Space orientation="vertical" size={2}>
          {items.map((c) => (
            <Typography.Text key={c.id}>
              <Link to={`/champions?period=${c.period}&id=${c.id}`}>
                {t('champions.banner.line', {
                  period: words(c.period),
                  unit: c.unit.name,
                  name: c.user.displayName,
                })}
              </Link>
            </Typography.Text>
          ))}
        </Space>
      }
    />
  );
}
