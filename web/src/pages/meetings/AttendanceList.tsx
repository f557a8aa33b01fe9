import { Input, List, Modal, Radio, Space, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeMinutes, fromPickerValue, toPickerValue } from '../../components/company-time';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { type TAttendance, type TMeeting, useMarkAttendance } from './hooks';

type Mark = 'present' | 'late' | 'absent' | 'excused';
const marks: Mark[] = ['present', 'late', 'absent', 'excused'];
const colour: Record<string, string> = {
  present: 'green',
  late: 'orange',
  absent: 'red',
  excused: 'blue',
  away: 'purple',
};

/**
 * OPS-6/PEN-2: the members with one tap each — present, late (the arrival time picked), absent,
 * excused (the reason asked); members away on a trip or a visit are exempt and shown as such.
 */
export function AttendanceList({ meeting }: { meeting: TMeeting }) {
  const { t } = useTranslation();
  const mark = useMarkAttendance(meeting.id);
  const action = useAction();
  const [late, setLate] = useState<{ who: TAttendance; at: Dayjs | null } | null>(null);
  const [excuse, setExcuse] = useState<{ who: TAttendance; reason: string } | null>(null);
  const start = toPickerValue(meeting.startsAt);
  const tap = (who: TAttendance, status: Mark) => {
    if (status === 'late') setLate({ who, at: start ? start.add(5, 'minute') : null });
    else if (status === 'excused') setExcuse({ who, reason: '' });
    else void action.run(() => mark.mutateAsync({ userId: who.user.id, status }));
  };
  return (
    <>
      <List
        dataSource={meeting.attendance}
        data-testid="attendance"
        renderItem={(a) => (
          <List.Item data-testid={`member-${a.user.username}`}>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{a.user.displayName}</Typography.Text>
                {a.status !== 'pending' && (
                  <Tag color={colour[a.status]} data-testid="attendance-status">
                    {enumLabel(t, 'status', a.status)}
                  </Tag>
                )}
                {a.exemption && <Tag>{enumLabel(t, 'exemption', a.exemption)}</Tag>}
                {a.status === 'late' && a.arrivedAt && (
                  <Typography.Text type="secondary">
                    {t('meetings.arrived', {
                      at: formatDateTimeMinutes(a.arrivedAt),
                      minutes: a.minutesLate,
                    })}
                  </Typography.Text>
                )}
                {a.reason && <Typography.Text type="secondary">{a.reason}</Typography.Text>}
              </Space>
              {meeting.canHost && a.status !== 'away' && (
                <Radio.Group
                  size="middle"
                  optionType="button"
                  buttonStyle="solid"
                  value={a.status === 'pending' ? undefined : a.status}
                  onChange={(e) => tap(a, e.target.value as Mark)}
                  options={marks.map((m) => ({ value: m, label: enumLabel(t, 'status', m) }))}
                  data-testid="mark"
                />
              )}
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={late !== null}
        title={t('meetings.lateTitle', { name: late?.who.user.displayName ?? '' })}
        okText={t('meetings.recordLate')}
        okButtonProps={{
          disabled: !late?.at,
          ...({ 'data-testid': 'late-ok' } as Record<`data-${string}`, string>),
        }}
        onCancel={() => setLate(null)}
        onOk={async () => {
          if (!late?.at) return;
          const at = dayjs(`${meeting.day} ${late.at.format('HH:mm')}`);
          const ok = await action.run(() =>
            mark.mutateAsync({ userId: late.who.user.id, status: 'late', arrivedAt: fromPickerValue(at) }),
          );
          if (ok) setLate(null);
        }}
      >
        <TimePicker
          format="HH:mm"
          inputReadOnly
          needConfirm={false}
          value={late?.at ?? null}
          onChange={(v) => late && setLate({ ...late, at: v })}
          data-testid="arrival-time"
        />
      </Modal>
      <Modal
        open={excuse !== null}
        title={t('meetings.excuseTitle', { name: excuse?.who.user.displayName ?? '' })}
        okButtonProps={{ disabled: !excuse?.reason.trim() }}
        onCancel={() => setExcuse(null)}
        onOk={async () => {
          if (!excuse) return;
          const ok = await action.run(() =>
            mark.mutateAsync({ userId: excuse.who.user.id, status: 'excused', reason: excuse.reason }),
          );
          if (ok) setExcuse(null);
        }}
      >
        <Input
          maxLength={500}
          placeholder={t('meetings.reason')}
          value={excuse?.reason ?? ''}
          onChange={(e) => excuse && setExcuse({ ...excuse, reason: e.target.value })}
        />
      </Modal>
    </>
  );
}
