import { Button, Layout, Menu, Result, Spin, theme } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { useMe } from '../api/hooks/me';
import type { TMe } from '../api/types';
import { useErrorText } from '../components/ErrorAlert';
import { currentLocale, setLocale } from '../i18n';
import { TodoBell } from '../pages/todo/TodoBell';
import { allowed, navItems } from './nav';
import { UserMenu } from './UserMenu';

export function FullPageSpin() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}

/** Signed-in area: loads the user, then the shell. A lost session goes to /login (api client). */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const errorText = useErrorText();
  if (me.isPending || (me.error instanceof ApiError && me.error.status === 401)) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={errorText(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return <Shell me={me.data} />;
}

function Shell({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();

  // The language is remembered per user: after sign-in the UI follows the user's choice.
  useEffect(() => {
    if (me.user.locale !== currentLocale()) void setLocale(me.user.locale);
  }, [me.user.locale]);

  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  const menuItems = navItems
    .filter((item) => !item.hidden && allowed(item, me))
    .map((item) => ({
      key: item.path,
      icon: item.icon,
      label: item.external ? (
        <a href={item.path} target="_blank" rel="noopener noreferrer">
          {t(item.label)}
        </a>
      ) : (
        <Link to={item.path}>{t(item.label)}</Link>
      ),
    }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        width={208}
        data-testid="sider"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: '#fff',
            fontSize: 18,
            fontWeight: 600,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          {t('app.shortName')}
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={menuItems} data-testid="nav-menu" />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 16px 0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <span style={{ fontSize: 16, fontWeight: 600, flex: 1 }}>{t('app.name')}</span>
          <TodoBell />
          <UserMenu me={me} />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
