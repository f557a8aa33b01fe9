import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useRoles } from '../../api/hooks/roles';
import type { TRole } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { roleName } from '../../components/format';
import { type RoleDialog, RoleFormModal } from './RoleFormModal';

export function RoleListPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const roles = useRoles();
  const [dialog, setDialog] = useState<RoleDialog>();
  const manage = can('role:manage');

  return (
    <Card
      title={t('nav.roles')}
      extra={
        manage && (
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })}>
            {t('role.create')}
          </Button>
        )
      }
    >
      <ErrorAlert error={roles.error} onRetry={() => void roles.refetch()} />
      <Table<TRole>
        rowKey="id"
        size="middle"
        loading={roles.isFetching}
        dataSource={roles.data}
        pagination={false}
        data-testid="role-table"
        columns={[
          { key: 'code', title: t('role.code'), dataIndex: 'code' },
          {
            key: 'name',
            title: t('role.name'),
            render: (_, role) => (
              <>
                {roleName(role, i18n.language)} {role.preset && <Tag>{t('role.preset')}</Tag>}
              </>
            ),
          },
          { key: 'userCount', title: t('role.userCount'), dataIndex: 'userCount', align: 'right' },
          {
            key: 'permissionCount',
            title: t('role.permissionCount'),
            align: 'right',
            render: (_, role) => role.permissions.length,
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, role) => (
              <Button
                type="link"
                size="small"
                onClick={() => setDialog({ mode: manage ? 'edit' : 'view', role })}
              >
                {manage ? t('role.editPermissions') : t('common.view')}
              </Button>
            ),
          },
        ]}
      />
      <RoleFormModal dialog={dialog} onClose={() => setDialog(undefined)} />
    </Card>
  );
}
