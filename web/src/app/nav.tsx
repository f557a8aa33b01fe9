import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  ControlOutlined,
  FieldTimeOutlined,
  HomeOutlined,
  LoginOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { TMe } from '@xiaoguan/server/api';
import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  /** i18n key of the menu label. */
  label: string;
  icon: ReactNode;
  /** Shown when the user holds any of these permissions; always shown when absent. */
  anyOf?: string[];
  /** Served by the server, not a page of this app: opens in a new tab. */
  external?: boolean;
}

/** The left menu, in order; routes use the same permissions. */
export const navItems: NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/org', label: 'nav.org', icon: <ApartmentOutlined />, anyOf: ['unit:read'] },
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, anyOf: ['user:read'] },
  { path: '/roles', label: 'nav.roles', icon: <SafetyCertificateOutlined />, anyOf: ['role:read'] },
  { path: '/login-log', label: 'nav.loginLog', icon: <LoginOutlined />, anyOf: ['loginlog:read'] },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, anyOf: ['audit:read'] },
  { path: '/policies', label: 'nav.policies', icon: <ControlOutlined />, anyOf: ['policy:read'] },
  {
    path: '/deadlines',
    label: 'deadlines.nav.overdue',
    icon: <FieldTimeOutlined />,
    anyOf: ['deadline:read'],
  },
  { path: '/jobs', label: 'deadlines.nav.jobs', icon: <ScheduleOutlined />, anyOf: ['job:manage'] },
  {
    path: '/api/docs',
    label: 'nav.apiDocs',
    icon: <ApiOutlined />,
    anyOf: ['audit:read', 'role:manage'],
    external: true,
  },
];

export function allowed(item: Pick<NavItem, 'anyOf'>, me: TMe): boolean {
  return !item.anyOf || item.anyOf.some((p) => p in me.permissions);
}
