import { Badge, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useTodoCount } from '../api/hooks/todo';
import type { TMe } from '../api/types';
import { type PhoneTab, tabOfPath, visibleTabs } from './phone-tabs';

/** The bottom tab bar: labelled icons, only the tabs the user may open; 待办 carries its count. */
export function PhoneTabBar({ me, onMore }: { me: TMe; onMore: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const count = useTodoCount();
  const tabs = visibleTabs(me);
  const active = tabOfPath(location.pathname, tabs);

  const content = (tab: PhoneTab) => (
    <>
      <span className="xg-phone-tab-icon">
        {tab.key === 'todo' ? (
          <Badge
            count={count.data?.total ?? 0}
            size="small"
            offset={[6, 0]}
            style={{ fontSize: 10 }}
            rootClassName="xg-phone-tab-badge"
          >
            {tab.icon}
          </Badge>
        ) : (
          tab.icon
        )}
      </span>
      <span className="xg-phone-tab-label">{t(tab.label)}</span>
    </>
  );
  return (
    <nav
      className="xg-phone-tabs"
      data-testid="phone-tabs"
      aria-label={t('mobile.tabsLabel')}
      style={{ background: token.colorBgContainer, borderTop: `1px solid ${token.colorBorderSecondary}` }}
    >
      {tabs.map((tab) => {
        const current = active === tab.key;
        const props = {
          className: 'xg-phone-tab',
          'data-testid': `phone-tab-${tab.key}`,
          'aria-current': current ? ('page' as const) : undefined,
          style: { color: current ? token.colorPrimary : token.colorTextSecondary },
        };
        return tab.path ? (
          <Link key={tab.key} to={tab.path} {...props}>
            {content(tab)}
          </Link>
        ) : (
          <button key={tab.key} type="button" onClick={onMore} {...props}>
            {content(tab)}
          </button>
        );
      })}
    </nav>
  );
}
