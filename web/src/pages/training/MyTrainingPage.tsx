import { Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { useMyTrainings } from './hooks';
import { resultText } from './result-text';
import { trainerText } from './TrainingListPage';

/** OPS-8 (我的培训): my sessions, attendance and results — a list that reads on a phone. */
export function MyTrainingPage() {
  const { t } = useTranslation();
  const mine = useMyTrainings();
  return (
    <Card title={t('training.mine')} styles={{ body: { padding: 12 } }}>
      <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
      {mine.isPending ? (
        <Spin />
      ) : (mine.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('training.noneMine')} />
      ) : (
        <List
          data-testid="my-training"
          dataSource={mine.data?.items}
          renderItem={(m) => (
            <List.Item>
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Link to={`/training/sessions/${m.session.id}`}>
                  <Typography.Text strong>{m.session.title}</Typography.Text>
                </Link>
                <Typography.Text type="secondary">
                  {formatDateTimeMinutes(m.session.startsAt)} · {m.session.place}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {enumLabel(t, 'topic', m.session.topic)} · {trainerText(m.session)}
                </Typography.Text>
                <Space size={4} wrap>
                  <Tag>{enumLabel(t, 'attendance', m.attendance)}</Tag>
                  {resultText(t, m) && <Tag color="blue">{resultText(t, m)}</Tag>}
                  {m.excellent && <Tag color="gold">{t('training.excellent')}</Tag>}
                </Space>
                {m.resultNote && <Typography.Text>{m.resultNote}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
