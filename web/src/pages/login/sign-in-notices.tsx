import { useQueryClient } from '@tanstack/react-query';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { notificationsKey, todoKey } from '../../api/hooks/todo';
import type { TSignInNotice } from '../../api/types';
import { formatDateTime } from '../../components/format';

/**
 * ORG-5: what the user must know right after signing in (their account was locked while they
 * were away). The notices come with the sign-in answer; "Got it" marks them read, so each is
 * shown until acknowledged and then only in the notification list.
 */
export function useSignInNotices(): (notices: TSignInNotice[]) => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const client = useQueryClient();
  return (notices) => {
    if (notices.length === 0) return;
    modal.warning({
      title: t('login.noticeTitle'),
      okText: t('login.noticeOk'),
      width: 480,
      content: (
        <div data-testid="sign-in-notices">
          {notices.map((n) => (
            <Typography.Paragraph key={n.id}>
              <Typography.Text strong>{n.title}</Typography.Text>
              <br />
              {n.body && <Typography.Text type="secondary">{n.body}</Typography.Text>}
              <br />
              <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
            </Typography.Paragraph>
          ))}
        </div>
      ),
      // A notice that could not be marked read simply comes again at the next sign-in.
      onOk: async () => {
        await Promise.allSettled(
          notices.map((n) => api.post('/api/notifications/{id}/read', { params: { id: n.id } })),
        );
        await Promise.all([
          client.invalidateQueries({ queryKey: notificationsKey }),
          client.invalidateQueries({ queryKey: todoKey }),
        ]);
      },
    });
  };
}
