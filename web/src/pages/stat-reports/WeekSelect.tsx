import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { companyNow } from '../../components/company-time';
import { recentWeeks } from './period';
import { periodText } from './words';

/** How many weeks back a weekly report is usually asked for. */
const WEEKS_BACK = 26;

/** An ISO week (`2026-W07`): this week (company calendar) and the half-year before it. */
export function WeekSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { t, i18n } = useTranslation();
  const weeks = recentWeeks(companyNow().format('YYYY-MM-DD'), WEEKS_BACK);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 260 }}
      {...props}
      options={weeks.map((w) => ({
        value: w.code,
        label: t('statReports.generate.weekOption', {
          period: periodText(t, i18n.language, w.code),
          from: w.from,
          to: w.to,
        }),
      }))}
    />
  );
}
