import { Alert, Card, Form, Input, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOutboxPage } from '../../api/hooks/todo';
import type { TMail, TMailListQuery } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';

type Filters = Pick<TMailListQuery, 'status' | 'q'>;
type Status = TMail['status'];
const statuses: Status[] = ['outbox', 'queued', 'sending', 'sent', 'failed'];
const statusColor: Record<Status, string> = {
  outbox: 'blue',
  queued: 'default',
  sending: 'processing',
  sent: 'green',
  failed: 'red',
};

/** 发件箱: every notification mail — kept here when no SMTP server is configured, else its delivery state. */
export function OutboxPage() {
  const { t } = useTranslation();
  const table = useServerTable<Filters>();
  const page = useOutboxPage(table.params);
  return (
    <Card title={t('todo.outbox.title')}>
      <Alert type="info" showIcon title={t('todo.outbox.hint')} style={{ marginBottom: 16 }} />
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('todo.outbox.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('todo.outbox.status')}
            style={{ width: 140 }}
            options={statuses.map((s) => ({ value: s, label: t(`todo.outbox.statuses.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TMail, Filters, string>
        query={page}
        table={table}
        data-testid="outbox-table"
        expandable={{
          expandedRowRender: (r) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {r.body}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            key: 'createdAt',
            title: t('common.time'),
            width: 180,
            render: (_, r) => formatDateTime(r.createdAt),
          },
          { key: 'to', title: t('todo.outbox.to'), dataIndex: 'toAddress' },
          { key: 'subject', title: t('todo.outbox.subject'), dataIndex: 'subject' },
          {
            key: 'status',
            title: t('todo.outbox.status'),
            render: (_, r) => (
              <Tag color={statusColor[r.status]} title={r.error ?? undefined}>
                {t(`todo.outbox.statuses.${r.status}`)}
              </Tag>
            ),
          },
          { key: 'sentAt', title: t('todo.outbox.sentAt'), render: (_, r) => formatDateTime(r.sentAt) },
        ]}
      />
    </Card>
  );
}
