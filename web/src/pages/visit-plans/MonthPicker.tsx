import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** The month a plan is for (YYYY-MM). */
export function MonthPicker({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  return (
    <DatePicker
      picker="month"
      allowClear={false}
      inputReadOnly
      aria-label={t('visitPlans.fields.month')}
      value={dayjs(`${value}-01`)}
      format="YYYY-MM"
      onChange={(d) => d && onChange(d.format('YYYY-MM'))}
      data-testid="month-picker"
    />
  );
}
