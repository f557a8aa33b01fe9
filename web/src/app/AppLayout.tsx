import type { MenuProps } from 'antd';
import { Button, Layout, Menu, Result, Spin, theme } from 'antd';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { useMe } from '../api/hooks/me';
import type { TMe } from '../api/types';
import { useErrorText } from '../components/ErrorAlert';
import { currentLocale, setLocale } from '../i18n';
import { TodoBell } from '../pages/todo/TodoBell';
import { allowed, groupOfPath, type NavItem, navGroups, navItems } from './nav';
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
  const menuItems = useMenuItems(me);
  // The section of the page shown is open; others stay as the user left them.
  const currentGroup = groupOfPath(selected);
  const [openKeys, setOpenKeys] = useState<string[]>(currentGroup ? [currentGroup] : []);
  useEffect(() => {
    if (currentGroup) setOpenKeys((keys) => (keys.includes(currentGroup) ? keys : [...keys, currentGroup]));
  }, [currentGroup]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        width={208}
        data-testid="sider"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'hidden' }}
        styles={{ body: { display: 'flex', flexDirection: 'column' } }}
      >
        <div
          style={{
            flex: '0 0 56px',
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
        {/* The menu scrolls on its own: its last item is reachable however short the window. */}
        <div data-testid="nav-scroll" style={{ flex: '1 1 auto', minHeight: 0, overflowY: 'auto' }}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selected]}
            openKeys={openKeys}
            onOpenChange={setOpenKeys}
            items={menuItems}
            data-testid="nav-menu"
          />
        </div>
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

type MenuItems = NonNullable<MenuProps['items']>;

function NavLabel({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  return item.external ? (
    <a href={item.path} target="_blank" rel="noopener noreferrer" data-testid={`nav-${item.path}`}>
      {t(item.label)}
    </a>
  ) : (
    <Link to={item.path} data-testid={`nav-${item.path}`}>
      {t(item.label)}
    </Link>
  );
}

/** The menu the user may use: top items, then each section that has a visible item. */
function useMenuItems(me: TMe): MenuItems {
  const { t } = useTranslation();
  const visible = navItems.filter((item) => !item.hidden && allowed(item, me));
  const entry = (item: NavItem) => ({ key: item.path, icon: item.icon, label: <NavLabel item={item} /> });
  const sections: MenuItems = navGroups.flatMap((group) => {
    const children = visible.filter((item) => item.group === group.key).map(entry);
    if (children.length === 0) return [];
    const title: ReactNode = (
      <span key={group.key} data-testid={`nav-group-${group.key}`}>
        {t(group.label)}
      </span>
    );
    return [{ key: group.key, icon: group.icon, label: title, children }];
  });
  return [...visible.filter((item) => !item.group).map(entry), ...sections];
}
