import {
  AccountBookOutlined,
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BellOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  CloudOutlined,
  CommentOutlined,
  ControlOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  HomeOutlined,
  IdcardOutlined,
  LoginOutlined,
  MailOutlined,
  MessageOutlined,
  NotificationOutlined,
  PayCircleOutlined,
  PhoneOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  VerifiedOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TMe } from '../api/types';

export interface NavItem {
  path: string;
  /** i18n key of the menu label. */
  label: string;
  icon: ReactNode;
  /** Shown when the user holds any of these permissions; always shown when absent. */
  anyOf?: string[];
  /** Served by the server, not a page of this app: opens in a new tab. */
  external?: boolean;
  /** A route without a menu entry (a detail page reached from a list). */
  hidden?: boolean;
}

/** The left menu, in order; routes use the same permissions. */
export const navItems: NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/approvals', label: 'approvals.nav.approvals', icon: <CheckSquareOutlined /> },
  { path: '/my-requests', label: 'approvals.nav.myRequests', icon: <FileDoneOutlined /> },
  { path: '/requests', label: 'approvals.nav.requests', icon: <FormOutlined />, anyOf: ['request:read'] },
  { path: '/todo', label: 'todo.nav.todo', icon: <CarryOutOutlined /> },
  {
    path: '/tasks',
    label: 'tasks.nav.tasks',
    icon: <MessageOutlined />,
    anyOf: ['task:read', 'task:assign'],
  },
  { path: '/appeals', label: 'tasks.nav.appeals', icon: <CommentOutlined /> },
  // CUS-1 … CUS-9: the customer file, the public pool, the first-contact register, leads, the pipeline.
  {
    path: '/customers',
    label: 'customers.nav.customers',
    icon: <IdcardOutlined />,
    anyOf: ['customer:read'],
  },
  {
    path: '/customers/:id',
    label: 'customers.nav.customers',
    icon: null,
    anyOf: ['customer:read'],
    hidden: true,
  },
  { path: '/pool', label: 'pool.nav.pool', icon: <CloudOutlined />, anyOf: ['customer:pool'] },
  { path: '/leads', label: 'leads.nav.leads', icon: <AimOutlined />, anyOf: ['customer:read'] },
  { path: '/inquiries', label: 'inquiries.nav.inquiries', icon: <PhoneOutlined />, anyOf: ['inquiry:read'] },
  {
    path: '/opportunities',
    label: 'opportunities.nav.opportunities',
    icon: <FundOutlined />,
    anyOf: ['opportunity:read'],
  },
  // Q2C-1 … Q2C-11, AR-1 … AR-9: the money loop — catalogue, quotes, contracts, orders, money.
  {
    path: '/products',
    label: 'products.nav.productListPage',
    icon: <AppstoreOutlined />,
    anyOf: ['product:read'],
  },
  { path: '/quotes', label: 'quotes.nav.quoteListPage', icon: <FileTextOutlined />, anyOf: ['quote:read'] },
  { path: '/quotes/:id', label: 'quotes.nav.quotePage', icon: null, anyOf: ['quote:read'], hidden: true },
  {
    path: '/order-intents',
    label: 'quotes.nav.orderIntentsPage',
    icon: <NotificationOutlined />,
    anyOf: ['quote:read'],
  },
  {
    path: '/contracts',
    label: 'contracts.nav.contractListPage',
    icon: <FileProtectOutlined />,
    anyOf: ['contract:read'],
  },
  {
    path: '/contracts/:id',
    label: 'contracts.nav.contractPage',
    icon: null,
    anyOf: ['contract:read'],
    hidden: true,
  },
  {
    path: '/seals',
    label: 'seals.nav.sealsPage',
    icon: <VerifiedOutlined />,
    anyOf: ['seal:read', 'seal:request'],
  },
  {
    path: '/orders',
    label: 'orders.nav.orderListPage',
    icon: <ShoppingCartOutlined />,
    anyOf: ['order:read'],
  },
  { path: '/orders/:id', label: 'orders.nav.orderPage', icon: null, anyOf: ['order:read'], hidden: true },
  { path: '/returns', label: 'orders.nav.returnsPage', icon: <RollbackOutlined />, anyOf: ['order:read'] },
  {
    path: '/payments',
    label: 'payments.nav.paymentListPage',
    icon: <PayCircleOutlined />,
    anyOf: ['payment:read'],
  },
  {
    path: '/receivables',
    label: 'receivables.nav.receivablesPage',
    icon: <AccountBookOutlined />,
    anyOf: ['receivable:read'],
  },
  {
    path: '/dunning',
    label: 'receivables.nav.dunningPage',
    icon: <AlertOutlined />,
    anyOf: ['receivable:read'],
  },
  { path: '/notifications', label: 'todo.nav.notifications', icon: <BellOutlined /> },
  { path: '/org', label: 'nav.org', icon: <ApartmentOutlined />, anyOf: ['unit:read'] },
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, anyOf: ['user:read'] },
  { path: '/roles', label: 'nav.roles', icon: <SafetyCertificateOutlined />, anyOf: ['role:read'] },
  { path: '/login-log', label: 'nav.loginLog', icon: <LoginOutlined />, anyOf: ['loginlog:read'] },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, anyOf: ['audit:read'] },
  { path: '/policies', label: 'nav.policies', icon: <ControlOutlined />, anyOf: ['policy:read'] },
  { path: '/outbox', label: 'todo.nav.outbox', icon: <MailOutlined />, anyOf: ['outbox:read'] },
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
