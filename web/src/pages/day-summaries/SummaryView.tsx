import {
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  List,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../components/company-time';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { type TDaySummary, useSaveRemarks, useSendSummary } from './hooks';

export function SummaryStatusTag({ status }: { status: TDaySummary['status'] }) {
  const { t } = useTranslation();
  return <Tag color={status === 'sent' ? 'success' : 'processing'}>{enumLabel(t, 'status', status)}</Tag>;
}

/** OPS-3: the assistant's remarks and the send button (with confirmation). */
function SendPanel({ summary }: { summary: TDaySummary }) {
  const { t } = useTranslation();
  const { run } = useAction();
  const save = useSaveRemarks();
  const send = useSendSummary();
  const [remarks, setRemarks] = useState(summary.remarks);
  useEffect(() => setRemarks(summary.remarks), [summary.remarks]);
  return (
    <Card size="small" title={t('daySummaries.remarks')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          rows={3}
          maxLength={4000}
          value={remarks}
          onChange={(e) => setRemarks(e.target.value)}
          placeholder={t('daySummaries.remarksHint')}
          aria-label={t('daySummaries.remarks')}
          data-testid="day-summary-remarks"
        />
        <Space wrap>
          <Button
            loading={save.isPending}
            onClick={() => run(() => save.mutateAsync({ id: summary.id, remarks }), t('common.saved'))}
          >
            {t('common.save')}
          </Button>
          <Popconfirm
            title={t('daySummaries.sendConfirm')}
            okText={t('daySummaries.send')}
            cancelText={t('common.cancel')}
            onConfirm={() => run(() => send.mutateAsync({ id: summary.id, remarks }), t('daySummaries.sent'))}
          >
            <Button type="primary" loading={send.isPending} data-testid="day-summary-send">
              {t('daySummaries.send')}
            </Button>
          </Popconfirm>
        </Space>
      </Space>
    </Card>
  );
}

/** OPS-3: a summary — the day's orders, opinions and problems, the work logs; remarks and sending for its assistant. */
export function SummaryView({ summary }: { summary: TDaySummary }) {
  const { t } = useTranslation();
  const said = summary.logs.filter((l) => !l.missing && (l.customerOpinions || l.problems));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="day-summary">
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
        <Descriptions.Item label={t('daySummaries.unit')}>{summary.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('daySummaries.day')}>{formatDate(summary.day)}</Descriptions.Item>
        <Descriptions.Item label={t('daySummaries.status')}>
          <SummaryStatusTag status={summary.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('daySummaries.assistant')}>
          {summary.assistant.displayName}
        </Descriptions.Item>
        <Descriptions.Item label={t('daySummaries.sendBy')}>
          {formatDateTime(summary.sendBy)}
        </Descriptions.Item>
        <Descriptions.Item label={t('daySummaries.sentAt')}>
          {summary.sentAt
            ? `${formatDateTime(summary.sentAt)} → ${summary.recipients.map((r) => r.displayName).join('、')}`
            : '—'}
        </Descriptions.Item>
      </Descriptions>
      {summary.canSend ? (
        <SendPanel summary={summary} />
      ) : (
        summary.remarks && (
          <Card size="small" title={t('daySummaries.remarks')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {summary.remarks}
            </Typography.Paragraph>
          </Card>
        )
      )}
      <Card size="small" title={t('daySummaries.orders', { count: summary.orders.length })}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={summary.orders}
          locale={{ emptyText: t('daySummaries.noOrders') }}
          columns={[
            { key: 'number', title: t('daySummaries.orderNumber'), dataIndex: 'number' },
            { key: 'customer', title: t('daySummaries.customer'), dataIndex: 'customer' },
            { key: 'owner', title: t('daySummaries.owner'), dataIndex: 'owner' },
            {
              key: 'status',
              title: t('daySummaries.status'),
              render: (_, o) => enumLabel(t, 'status', o.status),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('daySummaries.opinions')}>
        {said.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('daySummaries.noOpinions')} />
        ) : (
          <List
            size="small"
            dataSource={said}
            renderItem={(l) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{l.name}</Typography.Text>
                  {l.customerOpinions && (
                    <Typography.Text>
                      {t('daySummaries.customerOpinions')}：{l.customerOpinions}
                    </Typography.Text>
                  )}
                  {l.problems && (
                    <Typography.Text>
                      {t('daySummaries.problems')}：{l.problems}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={t('daySummaries.logs')}>
        <List
          size="small"
          dataSource={summary.logs}
          locale={{ emptyText: t('daySummaries.noLogs') }}
          renderItem={(l) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Space wrap>
                  <Typography.Text strong>{l.name}</Typography.Text>
                  <Typography.Text type="secondary">{l.unit}</Typography.Text>
                  {l.missing && <Tag color="warning">{t('daySummaries.missing')}</Tag>}
                </Space>
                {!l.missing && <Typography.Text>{l.done}</Typography.Text>}
                {!l.missing && l.tomorrowPlan && (
                  <Typography.Text type="secondary">
                    {t('daySummaries.tomorrow')}：{l.tomorrowPlan}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
