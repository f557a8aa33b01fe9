import type { DatePickerProps } from 'antd';
import { DatePicker, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { atWorkingHour, companyNow, companyTimeZone, utcOffsetText } from './company-time';
import { usePhone } from './use-phone';

/** The company zone as people call it: "北京时间" / "Beijing time", else its name ("Europe/Berlin"). */
export function useZoneName(): { name: string; offset: string } {
  const { t } = useTranslation();
  const tz = companyTimeZone();
  return { name: t(`time.zone.${tz}`, { defaultValue: tz }), offset: utcOffsetText() };
}

/** A small "北京时间" with the offset on hover: says which clock a time is on. */
export function ZoneHint() {
  const { t } = useTranslation();
  const { name, offset } = useZoneName();
  return (
    <Tooltip title={t('time.zoneHint', { zone: name, offset })}>
      <Typography.Text
        type="secondary"
        style={{ fontSize: 12, whiteSpace: 'nowrap' }}
        data-testid="zone-hint"
      >
        {name}
      </Typography.Text>
    </Tooltip>
  );
}

/**
 * A date-time picker on the company's clock: the value is a picker value (company-time.ts), the
 * time part opens at the start of the working day (09:00), and the zone is shown beside it.
 */
export function DateTimeField(props: Omit<DatePickerProps, 'showTime' | 'format' | 'picker'>) {
  // On a phone the time is tapped in the panel: no keyboard over it.
  const phone = usePhone();
  return (
    <DatePicker
      inputReadOnly={phone}
      showTime={{ format: 'HH:mm', defaultOpenValue: atWorkingHour(companyNow()) }}
      format="YYYY-MM-DD HH:mm"
      prefix={<ZoneHint />}
      {...props}
    />
  );
}
