import { type ButtonProps, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayDropOn } from './calendar-range';
import type { TCalendarVisit } from './hooks';

/**
 * VIS-1 (改期): confirm a move. From a drop on a desktop the day is given; on a phone (or to pick
 * another day) a date picker offers today or later, and for a visit of the monthly plan only days
 * of its month.
 */
export function MoveVisitModal({
  visit,
  day,
  today,
  onCancel,
  onConfirm,
}: {
  visit: TCalendarVisit | null;
  /** The day it was dropped on; the picker starts there. */
  day: string | null;
  today: string;
  onCancel: () => void;
  onConfirm: (visit: TCalendarVisit, plannedOn: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Dayjs | null>(null);
  useEffect(() => {
    setValue(day ? dayjs(day) : null);
  }, [day]);
  const chosen = value?.format('YYYY-MM-DD') ?? null;
  const ok = visit !== null && chosen !== null && mayDropOn(visit, chosen, today);
  return (
    <Modal
      open={visit !== null}
      title={t('visitCalendar.moveTitle')}
      okText={t('visitCalendar.moveConfirm')}
      okButtonProps={{ disabled: !ok, 'data-testid': 'move-confirm' } as ButtonProps}
      onCancel={onCancel}
      onOk={() => visit && chosen && onConfirm(visit, chosen)}
      destroyOnHidden
    >
      {visit ? (
        <>
          <Typography.Paragraph>
            {t('visitCalendar.moveWhat', {
              customer: visit.customer.name,
              rep: visit.rep.displayName,
              from: visit.plannedOn,
            })}
          </Typography.Paragraph>
          <Form layout="vertical">
            <Form.Item label={t('visitCalendar.moveTo')} required>
              <DatePicker
                value={value}
                onChange={setValue}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) => !mayDropOn(visit, d.format('YYYY-MM-DD'), today)}
                data-testid="move-date"
              />
            </Form.Item>
          </Form>
          {visit.fromPlan ? (
            <Typography.Text type="secondary">{t('visitCalendar.planMonthOnly')}</Typography.Text>
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
