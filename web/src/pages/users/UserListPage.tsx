import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useUserPage } from '../../api/hooks/users';
import type { TUserListItem, TUserListQuery } from '../../api/types';
import { ExportButton } from '../../components/ExportButton';
import { PagedTable } from '../../components/PagedTable';
import { RoleSelect } from '../../components/RoleSelect';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserDetailDrawer } from '../../components/UserDetailDrawer';
import { useServerTable } from '../../components/use-server-table';
import { useUserColumns } from '../../components/user-columns';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserActions, type UserDialog } from './UserActions';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { UserMoveModal } from './UserMoveModal';

type Filters = Pick<TUserListQuery, 'q' | 'status' | 'roleId' | 'unitId'>;
type Sort = NonNullable<TUserListQuery['sort']>;

export function UserListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const table = useServerTable<Filters, Sort>();
  const users = useUserPage(table.params);
  const [detailId, setDetailId] = useState<string>();
  const [dialog, setDialog] = useState<{ kind: UserDialog; user: TUserListItem }>();
  const [creating, setCreating] = useState(false);
  const manage = can('user:manage');
  const canExport = can('user:export');
  const forDialog = (kind: UserDialog) => (dialog?.kind === kind ? dialog.user : undefined);
  const close = () => setDialog(undefined);

  const columns = useUserColumns((user) => setDetailId(user.id));
  if (manage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, user) => <UserActions user={user} onOpen={(kind, u) => setDialog({ kind, user: u })} />,
    });
  }

  return (
    <Card title={t('nav.users')}>
      <SearchForm<Filters>
        onSearch={table.setFilters}
        extra={
          <Space>
            {canExport && <ExportButton path="/api/users/export" query={table.params} />}
            {manage && (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
                {t('user.create')}
              </Button>
            )}
          </Space>
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('user.searchPlaceholder')} allowClear style={{ width: 220 }} />
        </Form.Item>
        {can('unit:read') && (
          <Form.Item name="unitId">
            <UnitTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('user.statusLabel')}
            style={{ width: 120 }}
            options={(['active', 'disabled'] as const).map((s) => ({
              value: s,
              label: t(`user.status.${s}`),
            }))}
          />
        </Form.Item>
        {can('role:read') && (
          <Form.Item name="roleId">
            <RoleSelect />
          </Form.Item>
        )}
      </SearchForm>
      <PagedTable<TUserListItem, Filters, Sort>
        query={users}
        table={table}
        columns={columns}
        data-testid="user-table"
      />
      <UserDetailDrawer userId={detailId} onClose={() => setDetailId(undefined)} />
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
      <UserEditModal userId={forDialog('edit')?.id} onClose={close} />
      <UserMoveModal user={forDialog('move')} onClose={close} />
      <ResetPasswordModal user={forDialog('reset')} onClose={close} />
    </Card>
  );
}
