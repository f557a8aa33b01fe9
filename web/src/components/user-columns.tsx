import { Button, Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TUserListItem } from '../api/types';
import { roleName } from './format';

export function UserStatusTag({ status }: { status: TUserListItem['status'] }) {
  const { t } = useTranslation();
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`user.status.${status}`)}</Tag>;
}

/** The columns every user list shows; sortable ones match the server's sort keys. */
export function useUserColumns(onOpen: (user: TUserListItem) => void): TableColumnsType<TUserListItem> {
  const { t, i18n } = useTranslation();
  return [
    {
      key: 'username',
      title: t('user.username'),
      dataIndex: 'username',
      sorter: true,
      render: (_, user) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(user)}>
          {user.username}
        </Button>
      ),
    },
    { key: 'displayName', title: t('user.displayName'), dataIndex: 'displayName', sorter: true },
    { key: 'position', title: t('user.position'), dataIndex: 'position', sorter: true },
    { key: 'unit', title: t('user.unit'), render: (_, user) => user.unit.name },
    { key: 'superior', title: t('user.superior'), render: (_, user) => user.superior?.displayName ?? '—' },
    {
      key: 'roles',
      title: t('user.roles'),
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((role) => (
            <Tag key={role.id}>{roleName(role, i18n.language)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('user.statusLabel'),
      dataIndex: 'status',
      render: (_, user) => <UserStatusTag status={user.status} />,
    },
  ];
}
