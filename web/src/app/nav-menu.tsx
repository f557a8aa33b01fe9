import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TMe } from '../api/types';
import { allowed, type NavItem, navGroups, navItems } from './nav';

export type MenuItems = NonNullable<MenuProps['items']>;

function NavLabel({ item, onOpen }: { item: NavItem; onOpen?: () => void }) {
  const { t } = useTranslation();
  return item.external ? (
    <a href={item.path} target="_blank" rel="noopener noreferrer" data-testid={`nav-${item.path}`}>
      {t(item.label)}
    </a>
  ) : (
    <Link to={item.path} data-testid={`nav-${item.path}`} onClick={onOpen}>
      {t(item.label)}
    </Link>
  );
}

/**
 * The menu the user may use: top items, then each section that has a visible item (the Sider on
 * a desktop, the 更多 drawer on a phone). `onOpen`: an entry was chosen (the drawer closes).
 */
export function useMenuItems(me: TMe, onOpen?: () => void): MenuItems {
  const { t } = useTranslation();
  const visible = navItems.filter((item) => !item.hidden && allowed(item, me));
  const entry = (item: NavItem) => ({
    key: item.path,
    icon: item.icon,
    label: <NavLabel item={item} onOpen={onOpen} />,
  });
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
