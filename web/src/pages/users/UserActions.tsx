import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetUserStatus } from '../../api/hooks/users';
import type { TUserListItem } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';

export type UserDialog = 'edit' | 'move' | 'reset';

interface Props {
  user: TUserListItem;
  onOpen: (dialog: UserDialog, user: TUserListItem) => void;
}

/** Row actions of the user list (user:manage). Disabling ends the user's sessions, so it asks first. */
export function UserActions({ user, onOpen }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const setStatus = useSetUserStatus();
  const enable = user.status === 'disabled';

  // Resolve only after the request: the Popconfirm spins until then. (A message handle is
  // thenable, so it must not be the promise's value: it would hold the Popconfirm open.)
  const toggle = async () => {
    try {
      await setStatus.mutateAsync({ id: user.id, enabled: enable });
      message.success(enable ? t('user.enabled') : t('user.disabled'));
    } catch (e) {
      message.error(errorText(e));
    }
  };

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
