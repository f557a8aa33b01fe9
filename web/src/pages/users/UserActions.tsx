import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetUserStatus } from '../../api/hooks/users';
import type { TUserListItem } from '../../api/types';
import { useAction } from '../../components/use-action';

export type UserDialog = 'edit' | 'move' | 'reset';

interface Props {
  user: TUserListItem;
  onOpen: (dialog: UserDialog, user: TUserListItem) => void;
}

/** Row actions of the user list (user:manage). Disabling ends the user's sessions, so it asks first. */
export function UserActions({ user, onOpen }: Props) {
  const { t } = useTranslation();
  const setStatus = useSetUserStatus();
  const enable = user.status === 'disabled';

  const { run } = useAction();
  // Resolve only after the request: the Popconfirm spins until then.
  const toggle = () =>
    run(
      () => setStatus.mutateAsync({ id: user.id, enabled: enable }),
      enable ? t('user.enabled') : t('user.disabled'),
    );

  return (
    <Space size={0} wrap={false}>
      <Button type="link" size="small" onClick={() => onOpen('edit', user)}>
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" onClick={() => onOpen('move', user)} disabled={enable}>
        {t('user.move')}
      </Button>
      <Button type="link" size="small" onClick={() => onOpen('reset', user)}>
        {t('user.resetPassword')}
      </Button>
      <Popconfirm
        title={
          enable
            ? t('user.enableConfirm', { name: user.displayName })
            : t('user.disableConfirm', { name: user.displayName })
        }
        description={enable ? undefined : t('user.disableHint')}
        okText={enable ? t('user.enable') : t('user.disable')}
        okButtonProps={{ danger: !enable }}
        cancelText={t('common.cancel')}
        onConfirm={toggle}
      >
        <Button type="link" size="small" danger={!enable}>
          {enable ? t('user.enable') : t('user.disable')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
