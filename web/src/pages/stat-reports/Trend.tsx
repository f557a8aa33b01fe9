import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A change against the period compared (环比 / 同比): an arrow up in green, down in red, level in
 * grey; none when the period compared was 0. The words say it for a reader who cannot see colour.
 */
export function Trend({ pct, testId }: { pct: number | null; testId?: string }) {
  const { t } = useTranslation();
  if (pct === null) {
    return (
      <Tooltip title={t('statReports.trend.none')}>
        <Typography.Text type="secondary" data-testid={testId} data-trend="none">
          —
        </Typography.Text>
      </Tooltip>
    );
  }
  const abs = Math.abs(pct).toFixed(1);
  const kind = pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat';
  const color = kind === 'up' ? '#389e0d' : kind === 'down' ? '#cf1322' : undefined;
  const icon =
    kind === 'up' ? <ArrowUpOutlined /> : kind === 'down' ? <ArrowDownOutlined /> : <MinusOutlined />;
  return (
    <span
      style={{ color, whiteSpace: 'nowrap' }}
      title={t(`statReports.trend.${kind}`, { pct: abs })}
      data-testid={testId}
      data-trend={kind}
    >
      {icon} {abs}%
    </span>
  );
}
