import {
  AppstoreOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  EnvironmentOutlined,
  IdcardOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TMe } from '../api/types';
import { allowed } from './nav';

/** One tab of the phone's bottom bar. */
export interface PhoneTab {
  key: 'today' | 'customers' | 'visits' | 'todo' | 'more';
  /** The page it opens; none for 更多, which opens the full menu. */
  path?: string;
  /** i18n key of the tab's label (always shown under the icon). */
  label: string;
  icon: ReactNode;
  /** Shown when the user holds any of these permissions (as the menu: nav.ts `allowed`). */
  anyOf?: string[];
}

/** The rep's day in four tabs plus 更多 (the whole menu), in thumb order. */
export const phoneTabs: PhoneTab[] = [
  { key: 'today', path: '/today', label: 'mobile.tabs.today', icon: <CalendarOutlined /> },
  {
    key: 'customers',
    path: '/customers',
    label: 'mobile.tabs.customers',
    icon: <IdcardOutlined />,
    anyOf: ['customer:read'],
  },
  {
    key: 'visits',
    path: '/visits',
    label: 'mobile.tabs.visits',
    icon: <EnvironmentOutlined />,
    anyOf: ['visit:read'],
  },
  { key: 'todo', path: '/todo', label: 'mobile.tabs.todo', icon: <CarryOutOutlined /> },
  { key: 'more', label: 'mobile.tabs.more', icon: <AppstoreOutlined /> },
];

/** The tabs this user may open. */
export function visibleTabs(me: TMe): PhoneTab[] {
  return phoneTabs.filter((tab) => allowed(tab, me));
}

/** The tab a path belongs to (a customer's page lights 客户); anything else is under 更多. */
export function tabOfPath(pathname: string, tabs: PhoneTab[]): PhoneTab['key'] {
  const tab = tabs.find((t) => t.path && (pathname === t.path || pathname.startsWith(`${t.path}/`)));
  return tab?.key ?? 'more';
}
