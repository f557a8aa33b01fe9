import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Select, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { saveDownload } from '../../api/download';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { attendances, type TAttendance, type TAttendee, useRecordAttendance, useSession } from './hooks';
import { ResultModal } from './ResultModal';
import { resultText } from './result-text';
import { trainerText } from './TrainingListPage';

/** OPS-8: the attendance and results as Excel, for the organiser. */
function ExportResultsButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const { run, pending } = useAction();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={pending}
      onClick={() => void run(() => saveDownload('/api/training/sessions/{id}/export', { params: { id } }))}
      data-testid="export-button"
    >
      {t('common.exportExcel')}
    </Button>
  );
}

/** OPS-8: a session — who was invited, who attended, results; the organiser records them. */
export function TrainingSessionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession(id);
  const attendance = useRecordAttendance();
  const { run } = useAction();
  const [resultOf, setResultOf] = useState<TAttendee | null>(null);
  const s = session.data;
  const setAttendance = (a: TAttendee, value: TAttendance) =>
    run(
      () => attendance.mutateAsync({ id, items: [{ attendeeId: a.id, attendance: value }] }),
      t('common.saved'),
    );
  return (
    <Card title={s?.title ?? t('training.title')} extra={s?.canManage && <ExportResultsButton id={s.id} />}>
      <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      {session.isPending && <Spin />}
      {s && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3 }}>
            <Descriptions.Item label={t('training.fields.topic')}>
              {enumLabel(t, 'topic', s.topic)}
            </Descriptions.Item>
            <Descriptions.Item label={t('training.fields.trainer')}>{trainerText(s)}</Descriptions.Item>
            <Descriptions.Item label={t('training.fields.time')}>
              {formatDateTimeMinutes(s.startsAt)} – {formatDateTimeMinutes(s.endsAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('training.fields.place')}>{s.place}</Descriptions.Item>
            <Descriptions.Item label={t('training.fields.organizer')}>
              {s.organizer.displayName} · {s.unit.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('training.fields.attendance')}>
              {t('training.attendedOf', { attended: s.attended, invited: s.invited })}
            </Descriptions.Item>
          </Descriptions>
          <Table<TAttendee>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.attendees}
            data-testid="training-attendees"
            columns={[
              { key: 'name', title: t('training.fields.person'), render: (_, a) => a.user.displayName },
              { key: 'unit', title: t('training.fields.unit'), render: (_, a) => a.unit.name },
              {
                key: 'attendance',
                title: t('training.fields.attendance'),
                render: (_, a) =>
                  s.canManage ? (
                    <Select<TAttendance>
                      size="small"
                      value={a.attendance}
                      style={{ minWidth: 100 }}
                      aria-label={t('training.fields.attendance')}
                      options={attendances.map((v) => ({ value: v, label: enumLabel(t, 'attendance', v) }))}
                      onChange={(v) => void setAttendance(a, v)}
                    />
                  ) : (
                    enumLabel(t, 'attendance', a.attendance)
                  ),
              },
              {
                key: 'result',
                title: t('training.fields.result'),
                render: (_, a) => (
                  <Space size={4}>
                    {resultText(t, a)}
                    {a.excellent && <Tag color="gold">{t('training.excellent')}</Tag>}
                  </Space>
                ),
              },
              ...(s.canManage
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      render: (_: unknown, a: TAttendee) =>
                        a.attendance === 'absent' || a.attendance === 'excused' ? null : (
                          <Button size="small" type="link" onClick={() => setResultOf(a)}>
                            {t('training.recordResult')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          <ResultModal
            sessionId={s.id}
            attendee={resultOf}
            excellentScore={s.excellentScore}
            onClose={() => setResultOf(null)}
          />
        </Space>
      )}
    </Card>
  );
}
