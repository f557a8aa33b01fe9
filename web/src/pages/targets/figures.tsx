import { Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { companyNow } from '../../components/company-time';
import { formatYuan } from '../../components/format';
import { enumLabel } from '../../i18n/labels';
import type { TMetric, TSetVersion } from './hooks';

export const allMetrics: TMetric[] = ['signed_amount', 'collected_amount', 'volume', 'new_customers'];

/** A figure as people read it: ¥ for amounts, grouped digits for counts; '' when there is none. */
export function figureText(value: string | bigint | null | undefined, money: boolean): string {
  if (value === null || value === undefined || value === '') return '';
  const v = typeof value === 'bigint' ? value : BigInt(value);
  if (money) return formatYuan(v);
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${digits}`;
}

/** A gap: red when it is not zero (PLAN-3), dash when unknown. */
export function GapText({
  value,
  money,
  testId,
}: {
  value: string | bigint | null;
  money: boolean;
  testId?: string;
}) {
  if (value === null) return <span data-testid={testId}>—</span>;
  const zero = (typeof value === 'bigint' ? value : BigInt(value)) === 0n;
  return (
    <Typography.Text type={zero ? undefined : 'danger'} strong={!zero} data-testid={testId}>
      {figureText(value, money)}
    </Typography.Text>
  );
}

const statusColor: Record<TSetVersion['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
  superseded: 'default',
};

/** A split's status in words; "not split" when there is none. */
export function SetStatusTag({ status }: { status: TSetVersion['status'] | null }) {
  const { t } = useTranslation();
  if (status === null) return <Tag>{t('targets.notSplit')}</Tag>;
  return (
    <Tag color={statusColor[status]} data-testid="set-status">
      {enumLabel(t, 'status', status)}
    </Tag>
  );
}

/** Picks a year: last year to two years ahead on the company's calendar. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const now = companyNow().year();
  const years = [...new Set([now - 1, now, now + 1, now + 2, value])].sort();
  return (
    <Select
      value={value}
      onChange={onChange}
      style={{ width: 110 }}
      aria-label={t('targets.fields.year')}
      data-testid="year-select"
      options={years.map((y) => ({ value: y, label: t('targets.yearValue', { year: y }) }))}
    />
  );
}

/** Picks one of the metrics the company sets targets for. */
export function MetricSelect({
  value,
  onChange,
  metrics,
}: {
  value: TMetric;
  onChange: (metric: TMetric) => void;
  metrics: readonly TMetric[];
}) {
  const { t } = useTranslation();
  return (
    <Select
      value={value}
      onChange={onChange}
      style={{ width: 140 }}
      aria-label={t('targets.fields.metric')}
      data-testid="metric-select"
      options={metrics.map((m) => ({ value: m, label: enumLabel(t, 'targetMetric', m) }))}
    />
  );
}
