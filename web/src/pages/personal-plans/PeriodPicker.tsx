import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';

/**
 * PLAN-4: a plan's period — the year (年度销售计划表) or a month (月销售计划表): the kind, then
 * the year or month. Switching kind keeps the year.
 */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const annual = value.length === 4;
  const year = value.slice(0, 4);
  return (
    <Space wrap size={8}>
      <Segmented
        value={annual ? 'annual' : 'monthly'}
        options={(['monthly', 'annual'] as const).map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))}
        onChange={(k) => onChange(k === 'annual' ? year : `${year}-${annual ? '01' : value.slice(5, 7)}`)}
        data-testid="period-kind"
      />
      <DatePicker
        picker={annual ? 'year' : 'month'}
        allowClear={false}
        inputReadOnly
        aria-label={t('personalPlans.fields.period')}
        value={dayjs(annual ? `${value}-01-01` : `${value}-01`)}
        format={annual ? 'YYYY' : 'YYYY-MM'}
        onChange={(d) => d && onChange(d.format(annual ? 'YYYY' : 'YYYY-MM'))}
        data-testid="period-picker"
      />
    </Space>
  );
}
