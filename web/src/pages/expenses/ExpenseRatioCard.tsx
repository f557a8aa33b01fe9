import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { companyNow } from '../../components/company-time';
import { formatYuan } from '../../components/format';
import { useRatios } from './hooks';

/** EXP-1 on the 工作台: my expense ratio this month against the ceiling (details on the 费用率 page). */
export function ExpenseRatioCard() {
  const { t } = useTranslation();
  const month = companyNow().format('YYYY-MM');
  const ratios = useRatios({ period: month, level: 'me' });
  const r = ratios.data?.items[0];
  if (!r) return null;
  return (
    <Card size="small" data-testid="workbench-expense-ratio">
      <Statistic
        title={<Link to="/expenses/ratio">{t('expenses.ratioCard', { month })}</Link>}
        value={r.ratioPct === null ? '—' : r.ratioPct}
        suffix={r.ratioPct === null ? undefined : '%'}
        valueStyle={r.over ? { color: '#cf1322' } : undefined}
      />
      <Typography.Text type="secondary">
        {t('expenses.ratioCardDetail', {
          expense: formatYuan(BigInt(r.expenseFen)),
          sales: formatYuan(BigInt(r.salesFen)),
          pct: r.ceilingPct,
        })}
      </Typography.Text>
    </Card>
  );
}
