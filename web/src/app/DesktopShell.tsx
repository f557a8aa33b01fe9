import { Layout, Menu, theme } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import type { TMe } from '../api/types';
import { TodoBell } from '../pages/todo/TodoBell';
import { FullPageSpin } from './FullPageSpin';
import { groupOfPath } from './nav';
import { useMenuItems } from './nav-menu';
import { UserMenu } from './UserMenu';

/** From antd's `md` breakpoint up: the grouped menu in a Sider, a header with 待办 and the user. */
export function DesktopShell({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();

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
