import { Alert, App, Button, Skeleton, Switch, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotificationPrefs, useSaveNotificationPrefs } from '../../api/hooks/todo';
import type { TNotificationPrefs } from '../../api/types';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { localized } from '../../components/format';

type Pref = TNotificationPrefs['items'][number];

/** Per event: whether it also comes by email. */
export function NotificationPrefsPanel() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const prefs = useNotificationPrefs();
  const save = useSaveNotificationPrefs();
  const [choice, setChoice] = useState<Record<string, boolean>>({});
  useEffect(() => {
    if (prefs.data) setChoice(Object.fromEntries(prefs.data.items.map((p) => [p.event, p.email])));
  }, [prefs.data]);

  if (prefs.isPending) return <Skeleton active />;
  if (prefs.isError) return <ErrorAlert error={prefs.error} onRetry={() => void prefs.refetch()} />;
  const changed = prefs.data.items.filter((p) => choice[p.event] !== p.email);
  return (
    <>
      {!prefs.data.hasEmail && (
        <Alert type="warning" showIcon title={t('todo.prefs.noEmail')} style={{ marginBottom: 16 }} />
      )}
      <Table<Pref>
        rowKey="event"
        size="middle"
        pagination={false}
        dataSource={prefs.data.items}
        data-testid="notification-prefs"
        columns={[
          { key: 'label', title: t('todo.prefs.event'), render: (_, p) => localized(p.label, i18n.language) },
          {
            key: 'email',
            title: t('todo.prefs.email'),
            render: (_, p) => (
              <Switch
                checked={choice[p.event] ?? p.email}
                onChange={(on) => setChoice((c) => ({ ...c, [p.event]: on }))}
                aria-label={localized(p.label, i18n.language)}
              />
            ),
          },
          {
            key: 'default',
            title: t('todo.prefs.default'),
            render: (_, p) => (p.emailByDefault ? t('todo.prefs.on') : t('todo.prefs.off')),
          },
        ]}
      />
      <Button
        type="primary"
        style={{ marginTop: 16 }}
        disabled={changed.length === 0}
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            { items: changed.map((p) => ({ event: p.event, email: choice[p.event] ?? p.email })) },
            {
              onSuccess: () => message.success(t('common.saved')),
              onError: (e) => message.error(errorText(e)),
            },
          )
        }
      >
        {t('common.save')}
      </Button>
    </>
  );
}
