import { Descriptions, Drawer, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlacements, useUser } from '../api/hooks/users';
import type { TPlacement } from '../api/types';
import { ErrorAlert } from './ErrorAlert';
import { formatDateTime, roleName } from './format';
import { UserStatusTag } from './user-columns';

interface Props {
  userId: string | undefined;
  onClose: () => void;
}

function PlacementItem({ placement }: { placement: TPlacement }) {
  const { t } = useTranslation();
  const until = placement.validTo ? formatDateTime(placement.validTo) : t('user.current');
  return (
    <>
      <Typography.Text type="secondary">
        {formatDateTime(placement.validFrom)} – {until}
      </Typography.Text>
      <div>
        <Typography.Text strong>{placement.unit.name}</Typography.Text> · {placement.position}
      </div>
      <div>
        {t('user.superior')}: {placement.superior?.displayName ?? t('user.noSuperior')}
      </div>
      {placement.reason && <Typography.Text type="secondary">{placement.reason}</Typography.Text>}
    </>
  );
}

/** The full user record and its placement history (ORG-1), newest first. */
export function UserDetailDrawer({ userId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const user = useUser(userId);
  const placements = usePlacements(userId);
  const u = user.data;
  const history = [...(placements.data ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Drawer open={userId !== undefined} onClose={onClose} size={720} title={t('user.detail')} destroyOnHidden>
      <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />
      {user.isPending && <Skeleton active />}
      {u && (
        <Descriptions
          column={2}
          size="small"
          bordered
          data-testid="user-detail"
          items={[
            { key: 'username', label: t('user.username'), children: u.username },
            { key: 'displayName', label: t('user.displayName'), children: u.displayName },
            { key: 'position', label: t('user.position'), children: u.position },
            { key: 'unit', label: t('user.unit'), children: u.unit.name },
            {
              key: 'superior',
              label: t('user.superior'),
              children: u.superior?.displayName ?? t('user.noSuperior'),
            },
            { key: 'status', label: t('user.statusLabel'), children: <UserStatusTag status={u.status} /> },
            { key: 'email', label: t('user.email'), children: u.email ?? '—' },
            { key: 'phone', label: t('user.phone'), children: u.phone ?? '—' },
            { key: 'locale', label: t('user.locale'), children: t(`lang.${u.locale}`) },
            {
              key: 'lockedUntil',
              label: t('user.lockedUntil'),
              children: formatDateTime(u.lockedUntil) || '—',
            },
            { key: 'createdAt', label: t('common.createdAt'), children: formatDateTime(u.createdAt) },
            { key: 'updatedAt', label: t('common.updatedAt'), children: formatDateTime(u.updatedAt) },
            {
              key: 'roles',
              label: t('user.roles'),
              span: 2,
              children: (
                <Space size={[0, 4]} wrap>
                  {u.roles.map((role) => (
                    <Tag key={role.id} color="blue">
                      {roleName(role, i18n.language)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('user.placements')}
      </Typography.Title>
      <ErrorAlert error={placements.error} onRetry={() => void placements.refetch()} />
      {placements.isPending && userId !== undefined && <Skeleton active />}
      {placements.data && history.length === 0 && <Empty />}
      <Timeline
        data-testid="placement-history"
        items={history.map((p) => ({
          key: p.id,
          color: p.validTo ? 'gray' : 'green',
          content: <PlacementItem placement={p} />,
        }))}
      />
    </Drawer>
  );
}
