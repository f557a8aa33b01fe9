import {
  AccountBookOutlined,
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BulbOutlined,
  CalendarOutlined,
  CarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  CloudOutlined,
  CommentOutlined,
  ControlOutlined,
  CrownOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  FormOutlined,
  FundOutlined,
  GiftOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  LoginOutlined,
  MailOutlined,
  MessageOutlined,
  NotificationOutlined,
  PayCircleOutlined,
  PhoneOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  SmileOutlined,
  SolutionOutlined,
  StarOutlined,
  TableOutlined,
  TeamOutlined,
  ToolOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  UserOutlined,
  VerifiedOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TMe } from '../api/types';

/** A section of the left menu (one line each); shown only when one of its items is. */
export interface NavGroup {
  key: string;
  /** i18n key of the section title. */
  label: string;
  icon: ReactNode;
}

/** The sections in order, in the regulations' words: 客户 · 销售 · 回款 · 团队 · 制度与系统. */
export const navGroups: NavGroup[] = [
  { key: 'work', label: 'menu.groups.work', icon: <CarryOutOutlined /> },
  { key: 'customers', label: 'menu.groups.customers', icon: <IdcardOutlined /> },
  { key: 'visits', label: 'menu.groups.visits', icon: <CarOutlined /> },
  { key: 'rhythm', label: 'menu.groups.rhythm', icon: <ScheduleOutlined /> },
  { key: 'plans', label: 'menu.groups.plans', icon: <AimOutlined /> },
  { key: 'sales', label: 'menu.groups.sales', icon: <FundOutlined /> },
  { key: 'money', label: 'menu.groups.money', icon: <PayCircleOutlined /> },
  { key: 'incentives', label: 'menu.groups.incentives', icon: <TrophyOutlined /> },
  { key: 'service', label: 'menu.groups.service', icon: <CustomerServiceOutlined /> },
  { key: 'expenses', label: 'menu.groups.expenses', icon: <WalletOutlined /> },
  { key: 'conduct', label: 'menu.groups.conduct', icon: <SafetyCertificateOutlined /> },
  { key: 'records', label: 'menu.groups.records', icon: <FolderOpenOutlined /> },
  { key: 'team', label: 'menu.groups.team', icon: <TeamOutlined /> },
  { key: 'system', label: 'menu.groups.system', icon: <ControlOutlined /> },
];

export interface NavItem {
  path: string;
  /** The section it is listed in (a key of navGroups); at the top when absent. */
  group?: string;
  /** i18n key of the menu label. */
  label: string;
  icon: ReactNode;
  /**
   * Shown when the user holds any of these permissions; always shown when absent. `perm@scope`
   * asks for the permission at that data scope or wider (e.g. `user:read@unit_tree`: those who
   * look after a unit, not a rep who reads only themselves).
   */
  anyOf?: string[];
  /** Served by the server, not a page of this app: opens in a new tab. */
  external?: boolean;
  /** A route without a menu entry (a detail page reached from a list). */
  hidden?: boolean;
}

/**
 * The left menu, in order within each section; routes use the same permissions. Administration
 * asks for the permissions that administer (a rep holds `user:read` for themselves and
 * `unit:read`/`policy:read` for pickers, which open no admin page).
 */
export const navItems: NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  // VIS-4/CUS-8/ORG-4: the rep's day — today's visits, what is due today, follow-up steps, quick actions.
  { path: '/today', label: 'today.nav.today', icon: <CalendarOutlined /> },
  { path: '/todo', label: 'todo.nav.todo', icon: <CarryOutOutlined /> },
  // ORG-3/ORG-4: approvals, requests, tasks, appeals, notices and what is overdue.
  { path: '/approvals', group: 'work', label: 'approvals.nav.approvals', icon: <CheckSquareOutlined /> },
  { path: '/my-requests', group: 'work', label: 'approvals.nav.myRequests', icon: <FileDoneOutlined /> },
  {
    path: '/requests',
    group: 'work',
    label: 'approvals.nav.requests',
    icon: <FormOutlined />,
    anyOf: ['request:read'],
  },
  {
    path: '/tasks',
    group: 'work',
    label: 'tasks.nav.tasks',
    icon: <MessageOutlined />,
    anyOf: ['task:read', 'task:assign'],
  },
  { path: '/appeals', group: 'work', label: 'tasks.nav.appeals', icon: <CommentOutlined /> },
  { path: '/notifications', group: 'work', label: 'todo.nav.notifications', icon: <BellOutlined /> },
  {
    path: '/deadlines',
    group: 'work',
    label: 'deadlines.nav.overdue',
    icon: <FieldTimeOutlined />,
    anyOf: ['deadline:read'],
  },
  // CUS-1 … CUS-9: the customer file, the public pool, the first-contact register, leads.
  {
    path: '/customers',
    group: 'customers',
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
  {
    path: '/pool',
    group: 'customers',
    label: 'pool.nav.pool',
    icon: <CloudOutlined />,
    anyOf: ['customer:pool'],
  },
  {
    path: '/leads',
    group: 'customers',
    label: 'leads.nav.leads',
    icon: <AimOutlined />,
    anyOf: ['customer:read'],
  },
  {
    path: '/inquiries',
    group: 'customers',
    label: 'inquiries.nav.inquiries',
    icon: <PhoneOutlined />,
    anyOf: ['inquiry:read'],
  },
  // VIS-3/VIS-4: customer visits — planned, prepared, made with check-in and check-out.
  {
    path: '/visits',
    group: 'visits',
    label: 'visits.nav.visits',
    icon: <CarOutlined />,
    anyOf: ['visit:read'],
  },
  { path: '/visits/:id', label: 'visits.nav.visits', icon: null, anyOf: ['visit:read'], hidden: true },
  // VIS-1/VIS-2/VIS-7: the visit calendar and plan-vs-actual compliance.
  {
    path: '/visits/calendar',
    group: 'visits',
    label: 'visitCalendar.nav.calendar',
    icon: <CalendarOutlined />,
    anyOf: ['visit:read'],
  },
  {
    path: '/visits/compliance',
    group: 'visits',
    label: 'visitCompliance.nav.compliance',
    icon: <BarChartOutlined />,
    anyOf: ['visit:read'],
  },
  // VIS-5/VIS-6: visit reports and the commitments made at visits.
  {
    path: '/visit-reports',
    group: 'visits',
    label: 'visitReports.nav.reports',
    icon: <SolutionOutlined />,
    anyOf: ['visit:read'],
  },
  {
    path: '/visit-reports/:id',
    label: 'visitReports.nav.report',
    icon: null,
    anyOf: ['visit:read'],
    hidden: true,
  },
  {
    path: '/visits/:id/report',
    label: 'visitReports.nav.report',
    icon: null,
    anyOf: ['visit:read'],
    hidden: true,
  },
  {
    path: '/visit-commitments',
    group: 'visits',
    label: 'visitReports.nav.commitments',
    icon: <FlagOutlined />,
    anyOf: ['visit:read'],
  },
  // VIS-1/VIS-2: the rep's monthly visit plan; the team's plans for those who review them.
  {
    path: '/visit-plans',
    group: 'visits',
    label: 'visitPlans.nav.mine',
    icon: <CalendarOutlined />,
    anyOf: ['visit_plan:write'],
  },
  {
    path: '/team-visit-plans',
    group: 'visits',
    label: 'visitPlans.nav.team',
    icon: <ScheduleOutlined />,
    anyOf: ['visit_plan:read@subordinates'],
  },
  // OPS-1: business trips (出差): the work log of a day away is due on the day back.
  {
    path: '/visit-trips',
    group: 'visits',
    label: 'trips.nav.trips',
    icon: <CarOutlined />,
    anyOf: ['visit:read'],
  },
  // OPS-1/OPS-7: the work log, the supervisor's review queue, the monthly summary.
  {
    path: '/worklogs',
    group: 'rhythm',
    label: 'worklogs.nav.mine',
    icon: <FormOutlined />,
    anyOf: ['worklog:write'],
  },
  {
    path: '/worklogs/people',
    group: 'rhythm',
    label: 'worklogs.nav.team',
    icon: <FileTextOutlined />,
    anyOf: ['worklog:read@subordinates'],
  },
  {
    path: '/review',
    group: 'rhythm',
    label: 'worklogs.nav.review',
    icon: <AuditOutlined />,
    anyOf: ['worklog:review'],
  },
  {
    path: '/month-summaries',
    group: 'rhythm',
    label: 'worklogs.nav.summaries',
    icon: <FileDoneOutlined />,
    anyOf: ['month_summary:read'],
  },
  {
    path: '/month-summaries/mine',
    label: 'worklogs.nav.summaries',
    icon: null,
    anyOf: ['month_summary:write'],
    hidden: true,
  },
  {
    path: '/visit-plans/:id',
    label: 'visitPlans.nav.team',
    icon: null,
    anyOf: ['visit_plan:read'],
    hidden: true,
  },
  {
    path: '/visit-plans/changes/:id',
    label: 'visitPlans.nav.team',
    icon: null,
    anyOf: ['visit_plan:read'],
    hidden: true,
  },
  // OPS-2: the daily sales report per rep and unit — notes, review, archive, print, export.
  {
    path: '/daily-reports',
    group: 'rhythm',
    label: 'dailyReports.nav.list',
    icon: <FileTextOutlined />,
    anyOf: ['daily_report:read'],
  },
  {
    path: '/daily-reports/:id',
    label: 'dailyReports.nav.list',
    icon: null,
    anyOf: ['daily_report:read'],
    hidden: true,
  },
  // OPS-6: the morning meeting — yesterday's figures, attendance, assignments (phone-first).
  {
    path: '/meetings',
    group: 'rhythm',
    label: 'meetings.nav.list',
    icon: <TeamOutlined />,
    anyOf: ['meeting:read'],
  },
  {
    path: '/meetings/:id',
    label: 'meetings.nav.list',
    icon: null,
    anyOf: ['meeting:read'],
    hidden: true,
  },
  // OPS-4: the monthly statistics report (and weekly ones on request), its analysis, export and print.
  {
    path: '/stat-reports',
    group: 'plans',
    label: 'statReports.nav.list',
    icon: <BarChartOutlined />,
    anyOf: ['stat_report:read'],
  },
  {
    path: '/stat-reports/:id',
    label: 'statReports.nav.list',
    icon: null,
    anyOf: ['stat_report:read'],
    hidden: true,
  },
  {
    path: '/stat-reports/:id/print',
    label: 'statReports.nav.list',
    icon: null,
    anyOf: ['stat_report:read'],
    hidden: true,
  },
  // PLAN-2/PLAN-3: the target tree and each unit's decomposition (those who read a unit's targets).
  {
    path: '/targets',
    group: 'plans',
    label: 'targets.nav.tree',
    icon: <ApartmentOutlined />,
    anyOf: ['target:read@unit'],
  },
  {
    path: '/targets/:unitId/:year/:metric',
    label: 'targets.nav.tree',
    icon: null,
    anyOf: ['target:read'],
    hidden: true,
  },
  { path: '/targets/sets/:id', label: 'targets.nav.tree', icon: null, anyOf: ['target:read'], hidden: true },
  // PLAN-1/PLAN-5: the company's annual sales plan and the market sizes behind market share.
  {
    path: '/sales-plan',
    group: 'plans',
    label: 'salesPlans.nav.salesPlan',
    icon: <FileTextOutlined />,
    anyOf: ['sales_plan:read'],
  },
  {
    path: '/market-sizes',
    group: 'plans',
    label: 'salesPlans.nav.marketSizes',
    icon: <BarChartOutlined />,
    anyOf: ['market:write'],
  },
  // PLAN-4: the rep's annual and monthly plans; their people's for those who approve them.
  {
    path: '/personal-plans',
    group: 'plans',
    label: 'personalPlans.nav.mine',
    icon: <ScheduleOutlined />,
    anyOf: ['personal_plan:write'],
  },
  {
    path: '/team-personal-plans',
    group: 'plans',
    label: 'personalPlans.nav.team',
    icon: <TeamOutlined />,
    anyOf: ['personal_plan:read@subordinates'],
  },
  {
    path: '/personal-plans/:id',
    label: 'personalPlans.nav.team',
    icon: null,
    anyOf: ['personal_plan:read'],
    hidden: true,
  },
  // INC-7/INC-9: the champions of each close and the sales contests.
  {
    path: '/champions',
    group: 'incentives',
    label: 'champions.nav.champions',
    icon: <CrownOutlined />,
    anyOf: ['champion:read'],
  },
  {
    path: '/contests',
    group: 'incentives',
    label: 'contests.nav.contests',
    icon: <FlagOutlined />,
    anyOf: ['contest:read'],
  },
  {
    path: '/contests/:id',
    label: 'contests.nav.contests',
    icon: null,
    anyOf: ['contest:read'],
    hidden: true,
  },
  // PLAN-5/PLAN-6: the indicators of my scope, the completion board, coaching of those behind.
  {
    path: '/indicators',
    group: 'plans',
    label: 'indicators.nav.indicators',
    icon: <LineChartOutlined />,
    anyOf: ['indicator:read'],
  },
  {
    path: '/completion',
    group: 'plans',
    label: 'indicators.nav.completion',
    icon: <DashboardOutlined />,
    anyOf: ['indicator:read@subordinates'],
  },
  {
    path: '/coaching',
    group: 'plans',
    label: 'coaching.nav.coaching',
    icon: <BulbOutlined />,
    anyOf: ['coaching:read', 'coaching:write'],
  },
  // INC-8: the below-target cases (约谈 → 改进计划 → 绩效考核) of me, my people, or all for HR.
  {
    path: '/performance-cases',
    group: 'incentives',
    label: 'cases.nav.cases',
    icon: <SolutionOutlined />,
    anyOf: ['perf_case:read'],
  },
  // OPS-5: the 销售状况一览表 — units and people in my scope, sales against target, kept current.
  {
    path: '/sales-status',
    group: 'plans',
    label: 'workbench.nav.salesStatus',
    icon: <TableOutlined />,
    anyOf: ['indicator:read'],
  },
  // INC-6: the reward shop (积分商城) — my points, the catalogue, my redemptions; the keepers' catalogue.
  {
    path: '/rewards',
    group: 'incentives',
    label: 'rewards.nav.shop',
    icon: <GiftOutlined />,
    anyOf: ['reward:read'],
  },
  {
    path: '/rewards/redemptions/:id',
    group: 'incentives',
    label: 'rewards.detail.title',
    icon: null,
    anyOf: ['reward:read'],
    hidden: true,
  },
  {
    path: '/rewards/catalogue',
    group: 'incentives',
    label: 'rewards.nav.manage',
    icon: <ShopOutlined />,
    anyOf: ['reward:manage'],
  },
  // INC-1: commission statements (a rep their own) and the commission plans.
  {
    path: '/commission/statements',
    group: 'incentives',
    label: 'commission.nav.statements',
    icon: <AccountBookOutlined />,
    anyOf: ['commission:read'],
  },
  {
    path: '/commission/statements/:id',
    label: 'commission.nav.statements',
    icon: null,
    anyOf: ['commission:read'],
    hidden: true,
  },
  {
    path: '/commission/plans',
    group: 'incentives',
    label: 'commission.nav.plans',
    icon: <FileDoneOutlined />,
    anyOf: ['commission_plan:read'],
  },
  {
    path: '/commission/plans/:id',
    label: 'commission.nav.plans',
    icon: null,
    anyOf: ['commission_plan:read'],
    hidden: true,
  },
  // INC-2 … INC-6: my points (lots, expiry, history), the points board, a person's points, a manual award.
  {
    path: '/points',
    group: 'incentives',
    label: 'points.nav.mine',
    icon: <StarOutlined />,
    anyOf: ['points:read'],
  },
  {
    path: '/points/board',
    group: 'incentives',
    label: 'points.nav.board',
    icon: <GiftOutlined />,
    anyOf: ['points:board'],
  },
  { path: '/points/people/:id', label: 'points.nav.mine', icon: null, anyOf: ['points:read'], hidden: true },
  {
    path: '/points/requests/:id',
    label: 'points.nav.mine',
    icon: null,
    anyOf: ['points:read'],
    hidden: true,
  }, // OPS-9: the suggestion box (合理化建议); adopted suggestions earn extra points (INC-4).
  {
    path: '/suggestions',
    group: 'rhythm',
    label: 'suggestions.nav.list',
    icon: <BulbOutlined />,
    anyOf: ['suggestion:create', 'suggestion:read'],
  },
  {
    path: '/suggestions/:id',
    label: 'suggestions.nav.detail',
    icon: null,
    anyOf: ['suggestion:create', 'suggestion:read'],
    hidden: true,
  },
  // RISK-1: the risk register (档案与风险); the heat map is also on the director's 工作台.
  {
    path: '/risks',
    group: 'records',
    label: 'risks.nav.list',
    icon: <AlertOutlined />,
    anyOf: ['risk:read'],
  },
  { path: '/risks/:id', label: 'risks.nav.detail', icon: null, anyOf: ['risk:read'], hidden: true },
  // SVC-1/CUS-5: service tickets — anyone in sales opens one for any customer.
  {
    path: '/service-tickets',
    group: 'service',
    label: 'service.nav.list',
    icon: <ToolOutlined />,
    anyOf: ['service_ticket:create', 'service_ticket:read'],
  },
  {
    path: '/service-tickets/:id',
    label: 'service.nav.detail',
    icon: null,
    anyOf: ['service_ticket:create', 'service_ticket:read'],
    hidden: true,
  },

  // SVC-2/SVC-3: satisfaction surveys and customer praise.
  {
    path: '/satisfaction',
    group: 'service',
    label: 'satisfaction.nav.page',
    icon: <SmileOutlined />,
    anyOf: ['survey:read', 'praise:read'],
  },

  // OPS-3: the assistant's end-of-day summary; those who lead read it.
  {
    path: '/day-summaries',
    group: 'rhythm',
    label: 'daySummaries.nav.page',
    icon: <MailOutlined />,
    anyOf: ['day_summary:read', 'day_summary:send'],
  },
  {
    path: '/day-summaries/:id',
    label: 'daySummaries.nav.page',
    icon: null,
    anyOf: ['day_summary:read'],
    hidden: true,
  },
  // OPS-8: training, my training and results, development plans.
  {
    path: '/training/mine',
    group: 'conduct',
    label: 'training.nav.mine',
    icon: <SolutionOutlined />,
    anyOf: ['training:read'],
  },
  {
    path: '/training',
    group: 'conduct',
    label: 'training.nav.sessions',
    icon: <BulbOutlined />,
    anyOf: ['training:read'],
  },
  {
    path: '/training/sessions/:id',
    label: 'training.nav.sessions',
    icon: null,
    anyOf: ['training:read'],
    hidden: true,
  },
  {
    path: '/dev-plans',
    group: 'conduct',
    label: 'devPlans.nav.page',
    icon: <FlagOutlined />,
    anyOf: ['dev_plan:read'],
  },
  // CUS-8, Q2C-1 … Q2C-11: the pipeline, catalogue, quotes, contracts, seals, orders, returns.
  {
    path: '/opportunities',
    group: 'sales',
    label: 'opportunities.nav.opportunities',
    icon: <FundOutlined />,
    anyOf: ['opportunity:read'],
  },
  {
    path: '/products',
    group: 'sales',
    label: 'products.nav.productListPage',
    icon: <AppstoreOutlined />,
    anyOf: ['product:read'],
  },
  {
    path: '/quotes',
    group: 'sales',
    label: 'quotes.nav.quoteListPage',
    icon: <FileTextOutlined />,
    anyOf: ['quote:read'],
  },
  { path: '/quotes/:id', label: 'quotes.nav.quotePage', icon: null, anyOf: ['quote:read'], hidden: true },
  {
    path: '/order-intents',
    group: 'sales',
    label: 'quotes.nav.orderIntentsPage',
    icon: <NotificationOutlined />,
    anyOf: ['quote:read'],
  },
  {
    path: '/contracts',
    group: 'sales',
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
    group: 'sales',
    label: 'seals.nav.sealsPage',
    icon: <VerifiedOutlined />,
    anyOf: ['seal:read', 'seal:request'],
  },
  // PEN-1 … PEN-4, CUS-5, ORG-3: violations, fines, appeals and sanctions.
  {
    path: '/discipline',
    group: 'conduct',
    label: 'discipline.nav.violations',
    icon: <SafetyCertificateOutlined />,
    anyOf: ['violation:record', 'violation:export'],
  },
  {
    path: '/my-violations',
    group: 'conduct',
    label: 'discipline.nav.mine',
    icon: <SafetyCertificateOutlined />,
    anyOf: ['violation:appeal'],
  },
  {
    path: '/sanctions',
    group: 'conduct',
    label: 'discipline.nav.sanctions',
    icon: <SafetyCertificateOutlined />,
    anyOf: ['sanction:propose', 'sanction:read'],
  },
  {
    path: '/orders',
    group: 'sales',
    label: 'orders.nav.orderListPage',
    icon: <ShoppingCartOutlined />,
    anyOf: ['order:read'],
  },
  { path: '/orders/:id', label: 'orders.nav.orderPage', icon: null, anyOf: ['order:read'], hidden: true },
  {
    path: '/returns',
    group: 'sales',
    label: 'orders.nav.returnsPage',
    icon: <RollbackOutlined />,
    anyOf: ['order:read'],
  }, // OPS-10: market and competitor information, recorded right after a visit.
  {
    path: '/market-intel',
    group: 'sales',
    label: 'marketIntel.nav.list',
    icon: <AimOutlined />,
    anyOf: ['market_intel:read'],
  },
  {
    path: '/market-intel/:id',
    label: 'marketIntel.nav.detail',
    icon: null,
    anyOf: ['market_intel:read'],
    hidden: true,
  },

  // AR-1 … AR-9: payments, receivables, dunning.
  {
    path: '/payments',
    group: 'money',
    label: 'payments.nav.paymentListPage',
    icon: <PayCircleOutlined />,
    anyOf: ['payment:read'],
  },
  {
    path: '/receivables',
    group: 'money',
    label: 'receivables.nav.receivablesPage',
    icon: <AccountBookOutlined />,
    anyOf: ['receivable:read'],
  },
  {
    path: '/dunning',
    group: 'money',
    label: 'receivables.nav.dunningPage',
    icon: <AlertOutlined />,
    anyOf: ['receivable:read'],
  },
  // ORG-1 … ORG-3: a superior's people, the users and the org tree.
  {
    path: '/team',
    group: 'team',
    label: 'team.nav.team',
    icon: <UsergroupAddOutlined />,
    anyOf: ['team:read'],
  },
  {
    path: '/users',
    group: 'team',
    label: 'nav.users',
    icon: <UserOutlined />,
    anyOf: ['user:manage', 'user:read@unit_tree'],
  },
  {
    path: '/org',
    group: 'team',
    label: 'nav.org',
    icon: <ApartmentOutlined />,
    anyOf: ['unit:manage', 'user:read@unit_tree'],
  },
  // ORG-6/ORG-7 and the system: policies, roles, logs, mail, jobs, API.
  {
    path: '/policies',
    group: 'system',
    label: 'nav.policies',
    icon: <ControlOutlined />,
    anyOf: ['policy:read'],
  },
  {
    path: '/roles',
    group: 'system',
    label: 'nav.roles',
    icon: <SafetyCertificateOutlined />,
    anyOf: ['role:read'],
  },
  {
    path: '/login-log',
    group: 'system',
    label: 'nav.loginLog',
    icon: <LoginOutlined />,
    anyOf: ['loginlog:read'],
  },
  { path: '/audit', group: 'system', label: 'nav.audit', icon: <AuditOutlined />, anyOf: ['audit:read'] },
  {
    path: '/outbox',
    group: 'system',
    label: 'todo.nav.outbox',
    icon: <MailOutlined />,
    anyOf: ['outbox:read'],
  },
  {
    path: '/jobs',
    group: 'system',
    label: 'deadlines.nav.jobs',
    icon: <ScheduleOutlined />,
    anyOf: ['job:manage'],
  },
  // DOC-1 … DOC-4: the document room (档案室) — catalogue, loans against a signature, retention review.
  {
    path: '/documents',
    group: 'records',
    label: 'documents.nav.list',
    icon: <FolderOpenOutlined />,
    anyOf: ['document:read', 'document:borrow'],
  },
  {
    path: '/documents/:id',
    label: 'documents.nav.detail',
    icon: null,
    anyOf: ['document:read'],
    hidden: true,
  },
  {
    path: '/documents/borrows/:id',
    label: 'documents.nav.borrow',
    icon: null,
    anyOf: ['document:borrow'],
    hidden: true,
  },
  {
    path: '/api/docs',
    group: 'system',
    label: 'nav.apiDocs',
    icon: <ApiOutlined />,
    anyOf: ['audit:read', 'role:manage'],
    external: true,
  },
  // EXP-1 … EXP-3, VIS-4: claims with receipts (review → finance → paid), pre-approvals, the expense ratio.
  {
    path: '/expenses/claims',
    group: 'expenses',
    label: 'expenses.nav.claims',
    icon: <WalletOutlined />,
    anyOf: ['expense:apply', 'expense:read'],
  },
  {
    path: '/expenses/claims/new',
    label: 'expenses.nav.claimNew',
    icon: null,
    anyOf: ['expense:apply'],
    hidden: true,
  },
  {
    path: '/expenses/claims/:id',
    label: 'expenses.nav.claim',
    icon: null,
    anyOf: ['expense:apply', 'expense:read'],
    hidden: true,
  },
  {
    path: '/expenses/pre-approvals',
    group: 'expenses',
    label: 'expenses.nav.preApprovals',
    icon: <AccountBookOutlined />,
    anyOf: ['expense:apply', 'expense:read'],
  },
  {
    path: '/expenses/pre-approvals/:id',
    label: 'expenses.nav.preApproval',
    icon: null,
    anyOf: ['expense:apply', 'expense:read'],
    hidden: true,
  },
  {
    path: '/expenses/ratio',
    group: 'expenses',
    label: 'expenses.nav.ratio',
    icon: <FundOutlined />,
    anyOf: ['expense:apply', 'expense:read'],
  },
];

const scopeOrder = ['own', 'subordinates', 'unit', 'unit_tree', 'all'];

/** Whether the user holds `perm` (or `perm@scope`: at that scope or wider). */
function holds(me: TMe, wanted: string): boolean {
  const [permission = wanted, atLeast] = wanted.split('@');
  const scope = me.permissions[permission];
  if (scope === undefined) return false;
  return !atLeast || scopeOrder.indexOf(scope) >= scopeOrder.indexOf(atLeast);
}

export function allowed(item: Pick<NavItem, 'anyOf'>, me: TMe): boolean {
  return !item.anyOf || item.anyOf.some((p) => holds(me, p));
}

/** The section a path belongs to (a detail page's: its list's), for opening it with the route. */
export function groupOfPath(path: string): string | undefined {
  return navItems.find((item) => item.path === path && !item.hidden)?.group;
}
