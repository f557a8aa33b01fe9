import { App, Button, Card, Segmented, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMarkAllRead, useMarkRead, useNotificationPage } from '../../api/hooks/todo';
import type { TNotification, TNotificationListQuery } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { NotificationPrefsPanel } from './NotificationPrefsPanel';

type Filters = Pick<TNotificationListQuery, 'unread'>;

function NotificationList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const table = useServerTable<Filters>({ filters: { unread: 'true' } });
  const page = useNotificationPage(table.params);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const onError = (e: unknown) => message.error(errorText(e));
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented
          value={table.filters.unread ?? 'false'}
          onChange={(v) => table.setFilters({ unread: v as 'true' | 'false' })}
          options={[
            { value: 'true', label: t('todo.notice.unread', { n: page.data?.unread ?? 0 }) },
            { value: 'false', label: t('todo.notice.all') },
          ]}
        />
        <Button
          data-testid="mark-all-read"
          disabled={!page.data?.unread}
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: (r) => message.success(t('todo.notice.markedAll', { n: r.marked })),
              onError,
            })
          }
        >
          {t('todo.notice.markAll')}
        </Button>
      </Space>
      <PagedTable<TNotification, Filters, string>
        query={page}
        table={table}
        data-testid="notification-table"
        columns={[
          {
            key: 'createdAt',
            title: t('common.time'),
            width: 180,
            render: (_, r) => formatDateTime(r.createdAt),
          },
          {
            key: 'title',
            title: t('todo.notice.title'),
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong={!r.readAt}>
                  {r.link ? (
                    <Link to={r.link} onClick={() => !r.readAt && markRead.mutate(r.id)}>
                      {r.title}
                    </Link>
                  ) : (
                    r.title
                  )}
                </Typography.Text>
                {r.body && (
                  <Typography.Text type="secondary" ellipsis={{ tooltip: r.body }} style={{ maxWidth: 560 }}>
                    {r.body}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 120,
            render: (_, r) =>
              r.readAt ? (
                <Typography.Text type="secondary">{t('todo.notice.read')}</Typography.Text>
              ) : (
                <Button size="small" type="link" onClick={() => markRead.mutate(r.id, { onError })}>
                  {t('todo.notice.markRead')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}

/** 通知: my in-app notifications (unread first) and which events also come by email. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'settings' ? 'settings' : 'list';
  return (
    <Card title={t('todo.notice.pageTitle')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'settings' ? { tab: 'settings' } : {})}
        items={[
          { key: 'list', label: t('todo.notice.tabList'), children: <NotificationList /> },
          { key: 'settings', label: t('todo.prefs.title'), children: <NotificationPrefsPanel /> },
        ]}
      />
    </Card>
  );
}
