import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TMe } from '../../api/types';
import { roleName } from '../../components/format';

/** Who is signed in: a line above the 工作台, or the whole page for someone without one. */
export function Welcome({ me, compact }: { me: TMe; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const roles = (
    <Space size={[0, 4]} wrap>
      {me.roles.map((role) => (
        <Tag color="blue" key={role.id}>
          {roleName(role, i18n.language)}
        </Tag>
      ))}
    </Space>
  );
  if (compact)
    return (
      <Card size="small" data-testid="welcome-card">
        <Space wrap size={[12, 4]} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('home.welcome', { name: me.user.displayName })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {me.user.position} · {me.unit.name}
          </Typography.Text>
          {roles}
        </Space>
      </Card>
    );
  return (
    <Card data-testid="welcome-card">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.user.displayName })}
      </Typography.Title>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'username', label: t('user.username'), children: me.user.username },
          { key: 'position', label: t('user.position'), children: me.user.position },
          { key: 'unit', label: t('user.unit'), children: me.unit.name },
          {
            key: 'superior',
            label: t('user.superior'),
            children: me.superior ? me.superior.displayName : t('user.noSuperior'),
          },
          { key: 'email', label: t('user.email'), children: me.user.email ?? '—' },
          { key: 'roles', label: t('user.roles'), children: roles },
        ]}
      />
    </Card>
  );
}
