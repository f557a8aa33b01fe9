import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { FiguresView } from '../daily-reports/FiguresView';
import { AssignmentsCard } from './AssignmentsCard';
import { AttendanceList } from './AttendanceList';
import { useCloseMeeting, useMeeting, useWriteContent } from './hooks';

const fields = ['problems', 'views', 'minutes'] as const;
type Content = Record<(typeof fields)[number], string>;

/**
 * OPS-6: one morning meeting — yesterday's figures, attendance, problems, views, minutes and
 * today's assignments; the host records and closes it (phone-first), members read it.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const write = useWriteContent(id);
  const close = useCloseMeeting(id);
  const action = useAction();
  const [content, setContent] = useState<Content>({ problems: '', views: '', minutes: '' });
  useEffect(() => {
    if (meeting.data)
      setContent({
        problems: meeting.data.problems,
        views: meeting.data.views,
        minutes: meeting.data.minutes,
      });
  }, [meeting.data]);
  if (meeting.isLoading) return <Skeleton active />;
  if (meeting.error || !meeting.data) return <ErrorAlert error={meeting.error} />;
  const m = meeting.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Link to="/meetings">
        <ArrowLeftOutlined /> {t('meetings.back')}
      </Link>
      <Card
        size="small"
        title={
          <span data-testid="meeting-title">
            {t('meetings.meetingTitle', { unit: m.unit.name, day: m.day })}
          </span>
        }
        extra={
          <Tag color={m.status === 'open' ? 'green' : undefined} data-testid="meeting-status">
            {enumLabel(t, 'status', m.status)}
          </Tag>
        }
      >
        <Typography.Text type="secondary">
          {t('meetings.startsHost', {
            at: formatDateTimeMinutes(m.startsAt),
            host: m.host?.displayName ?? '—',
          })}
        </Typography.Text>
      </Card>
      <Card size="small" title={t('meetings.yesterday', { day: m.figuresDay ?? '' })}>
        {m.figures ? (
          <FiguresView figures={m.figures} testId="meeting-figures" />
        ) : (
          <Empty description={t('meetings.noFigures')} />
        )}
      </Card>
      <Card size="small" title={t('meetings.attendanceTitle')}>
        <AttendanceList meeting={m} />
      </Card>
      <Card size="small" title={t('meetings.record')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((f) => (
            <div key={f}>
              <Typography.Text strong>{t(`meetings.fields.${f}`)}</Typography.Text>
              {m.canHost ? (
                <Input.TextArea
                  rows={3}
                  maxLength={f === 'minutes' ? 8000 : 4000}
                  value={content[f]}
                  onChange={(e) => setContent({ ...content, [f]: e.target.value })}
                  data-testid={`content-${f}`}
                />
              ) : (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m[f] || '—'}</Typography.Paragraph>
              )}
            </div>
          ))}
          {m.canHost && (
            <Button
              loading={write.isPending}
              onClick={() => void action.run(() => write.mutateAsync(content), t('meetings.saved'))}
              data-testid="save-content"
            >
              {t('meetings.save')}
            </Button>
          )}
        </Space>
      </Card>
      <AssignmentsCard meeting={m} />
      {m.canHost && (
        <Popconfirm
          title={t('meetings.closeConfirm')}
          okButtonProps={{ 'data-testid': 'close-ok' } as Record<`data-${string}`, string>}
          onConfirm={() =>
            action.run(async () => {
              await write.mutateAsync(content);
              return close.mutateAsync(undefined);
            }, t('meetings.closed'))
          }
        >
          <Button danger block loading={close.isPending} data-testid="close-meeting">
            {t('meetings.close')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
