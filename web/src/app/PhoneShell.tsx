import { LeftOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, type ThemeConfig, theme } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { TMe } from '../api/types';
import { TodoBell } from '../pages/todo/TodoBell';
import { FullPageSpin } from './FullPageSpin';
import { MoreDrawer } from './MoreDrawer';
import { PhoneTabBar } from './PhoneTabBar';
import { listPathOf, navItemOfPath } from './page-title';
import { UserMenu } from './UserMenu';
import './phone.css';

/**
 * A phone's sizes: the date-time picker's calendar and time columns side by side within 390 px
 * (36 px days and 56 px time columns make a 400 px panel).
 */
const phoneTheme: ThemeConfig = { components: { DatePicker: { cellWidth: 32, timeColumnWidth: 44 } } };

/** Whether the browser has a page of this app before this one (react-router counts them). */
function hasPageBefore(): boolean {
  const state = window.history.state as { idx?: number } | null;
  return (state?.idx ?? 0) > 0;
}

/**
 * Below antd's `md` breakpoint: a phone's web app. A top bar (back on a detail page, the page's
 * title, 待办 bell, the user), the page, and a bottom tab bar the thumb reaches; 更多 opens the
 * whole menu. The body carries `xg-phone` so dialogs and drawers (outside the shell) fit too.
 */
export function PhoneShell({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const [moreOpen, setMoreOpen] = useState(false);
  const item = navItemOfPath(location.pathname);

  useEffect(() => {
    document.body.classList.add('xg-phone');
    return () => document.body.classList.remove('xg-phone');
  }, []);

  const back = () => (hasPageBefore() ? navigate(-1) : item && navigate(listPathOf(item)));
  return (
    <div className="xg-phone-shell" data-testid="phone-shell" style={{ background: token.colorBgLayout }}>
      <header
        className="xg-phone-top"
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {item?.hidden && (
          <Button
            type="text"
            icon={<LeftOutlined />}
            aria-label={t('mobile.back')}
            onClick={back}
            data-testid="phone-back"
          />
        )}
        <h1 className="xg-phone-title" data-testid="phone-title">
          {item ? t(item.label) : t('app.shortName')}
        </h1>
        <TodoBell />
        <UserMenu me={me} compact />
      </header>
      <main className="xg-phone-main">
        <ConfigProvider theme={phoneTheme}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </ConfigProvider>
      </main>
      <PhoneTabBar me={me} onMore={() => setMoreOpen(true)} />
      <MoreDrawer me={me} open={moreOpen} onClose={() => setMoreOpen(false)} />
    </div>
  );
}
