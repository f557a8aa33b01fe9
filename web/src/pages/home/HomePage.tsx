import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import { roleName } from '../../components/format';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
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
          {
            key: 'roles',
            label: t('user.roles'),
            children: (
              <Space size={[0, 4]} wrap>
                {me.roles.map((role) => (
                  <Tag color="blue" key={role.id}>
                    {roleName(role, i18n.language)}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
