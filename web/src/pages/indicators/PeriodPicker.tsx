import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  codeOf,
  firstDayOf,
  kindOf,
  type PeriodKind,
  periodKinds,
  periodText,
  stepPeriod,
} from './period-code';

/** "2026年第1季度" / "Q1 2026": a period in words. */
export function usePeriodText(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => {
    const { key, values } = periodText(code);
    return t(key, values);
  };
}

/**
 * PLAN-5: the period a screen shows — its kind (year, quarter, month, ISO week), the period of
 * that kind picked on a calendar, and the periods before and after.
 */
export function PeriodPicker({
  value,
  onChange,
  kinds = periodKinds,
}: {
  value: string;
  onChange: (code: string) => void;
  kinds?: PeriodKind[];
}) {
  const { t } = useTranslation();
  const words = usePeriodText();
  const kind = kindOf(value);
  return (
    <Space.Compact data-testid="period-picker">
      <Select<PeriodKind>
        aria-label={t('indicators.period.kind')}
        value={kind}
        style={{ width: 84 }}
        options={kinds.map((k) => ({ value: k, label: t(`indicators.period.kinds.${k}`) }))}
        onChange={(k) => onChange(codeOf(k, firstDayOf(value)))}
        data-testid="period-kind"
      />
      <Button
        icon={<LeftOutlined />}
        aria-label={t('indicators.period.previous')}
        onClick={() => onChange(stepPeriod(value, -1))}
      />
      <DatePicker
        picker={kind === 'year' ? 'year' : kind}
        allowClear={false}
        inputReadOnly
        aria-label={t('indicators.period.label')}
        value={dayjs(firstDayOf(value))}
        format={() => words(value)}
        onChange={(d) => d && onChange(codeOf(kind, d.format('YYYY-MM-DD')))}
        style={{ width: 150 }}
        data-testid="period-value"
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('indicators.period.next')}
        onClick={() => onChange(stepPeriod(value, 1))}
      />
    </Space.Compact>
  );
}
