import { type ComponentType, lazy } from 'react';
import { Landing } from './Landing';

/** Pages load on first visit; the shell and login page are in the first bundle. */
const page = (load: () => Promise<ComponentType>) => lazy(async () => ({ default: await load() }));

export const pages: Record<string, ComponentType> = {
  '/': Landing,
  '/today': page(async () => (await import('../pages/today/TodayPage')).TodayPage),
  '/approvals': page(async () => (await import('../pages/approvals/ApprovalsPage')).ApprovalsPage),
  '/my-requests': page(async () => (await import('../pages/approvals/MyRequestsPage')).MyRequestsPage),
  '/requests': page(async () => (await import('../pages/approvals/GeneralRequestsPage')).GeneralRequestsPage),
  '/customers': page(async () => (await import('../pages/customers/CustomerListPage')).CustomerListPage),
  '/customers/:id': page(async () => (await import('../pages/customers/CustomerPage')).CustomerPage),
  '/visits': page(async () => (await import('../pages/visits/VisitListPage')).VisitListPage),
  '/visits/:id': page(async () => (await import('../pages/visits/VisitPage')).VisitPage),
  '/pool': page(async () => (await import('../pages/pool/PoolPage')).PoolPage),
  '/leads': page(async () => (await import('../pages/leads/LeadListPage')).LeadListPage),
  '/inquiries': page(async () => (await import('../pages/inquiries/InquiryPage')).InquiryPage),
  '/visits/:id/report': page(
    async () => (await import('../pages/visits/report/VisitReportPage')).VisitReportPage,
  ),
  '/visit-reports': page(
    async () => (await import('../pages/visits/report/VisitReportListPage')).VisitReportListPage,
  ),
  '/visit-reports/:id': page(
    async () => (await import('../pages/visits/report/VisitReportPage')).VisitReportPage,
  ),
  '/visit-commitments': page(
    async () => (await import('../pages/visits/commitments/CommitmentListPage')).CommitmentListPage,
  ),
  '/visit-plans': page(async () => (await import('../pages/visit-plans/MyPlanPage')).MyPlanPage),
  '/team-visit-plans': page(async () => (await import('../pages/visit-plans/TeamPlansPage')).TeamPlansPage),
  '/visit-plans/changes/:id': page(
    async () => (await import('../pages/visit-plans/PlanPage')).PlanChangePage,
  ),
  '/visit-plans/:id': page(async () => (await import('../pages/visit-plans/PlanPage')).PlanPage),
  '/daily-reports': page(
    async () => (await import('../pages/daily-reports/DailyReportListPage')).DailyReportListPage,
  ),
  '/daily-reports/:id': page(
    async () => (await import('../pages/daily-reports/DailyReportPage')).DailyReportPage,
  ),
  '/meetings': page(async () => (await import('../pages/meetings/MeetingListPage')).MeetingListPage),
  '/meetings/:id': page(async () => (await import('../pages/meetings/MeetingPage')).MeetingPage),
  '/stat-reports': page(
    async () => (await import('../pages/stat-reports/StatReportListPage')).StatReportListPage,
  ),
  '/stat-reports/:id': page(
    async () => (await import('../pages/stat-reports/StatReportPage')).StatReportPage,
  ),
  '/stat-reports/:id/print': page(
    async () => (await import('../pages/stat-reports/StatReportPrintPage')).StatReportPrintPage,
  ),
  '/targets': page(async () => (await import('../pages/targets/TargetTreePage')).TargetTreePage),
  '/targets/sets/:id': page(
    async () => (await import('../pages/targets/TargetSetPage')).TargetSetVersionPage,
  ),
  '/targets/:unitId/:year/:metric': page(
    async () => (await import('../pages/targets/TargetSetPage')).TargetSetPage,
  ),
  '/sales-plan': page(async () => (await import('../pages/targets/sales-plan/SalesPlanPage')).SalesPlanPage),
  '/market-sizes': page(
    async () => (await import('../pages/targets/market/MarketSizesPage')).MarketSizesPage,
  ),
  '/personal-plans': page(
    async () => (await import('../pages/personal-plans/MyPersonalPlanPage')).MyPersonalPlanPage,
  ),
  '/team-personal-plans': page(
    async () => (await import('../pages/personal-plans/TeamPersonalPlansPage')).TeamPersonalPlansPage,
  ),
  '/personal-plans/:id': page(
    async () => (await import('../pages/personal-plans/PersonalPlanPage')).PersonalPlanPage,
  ),
  '/indicators': page(async () => (await import('../pages/indicators/IndicatorsPage')).IndicatorsPage),
  '/completion': page(
    async () => (await import('../pages/indicators/CompletionBoardPage')).CompletionBoardPage,
  ),
  '/champions': page(async () => (await import('../pages/champions/ChampionsPage')).ChampionsPage),
  '/contests': page(async () => (await import('../pages/contests/ContestsPage')).ContestsPage),
  '/contests/:id': page(async () => (await import('../pages/contests/ContestPage')).ContestPage),
  '/coaching': page(async () => (await import('../pages/coaching/CoachingPage')).CoachingPage),
  '/performance-cases': page(async () => (await import('../pages/performance-cases/CasesPage')).CasesPage),
  '/worklogs': page(async () => (await import('../pages/worklogs/WorkLogPage')).WorkLogPage),
  '/worklogs/people': page(async () => (await import('../pages/worklogs/TeamLogsPage')).TeamLogsPage),
  '/review': page(async () => (await import('../pages/worklogs/ReviewQueuePage')).ReviewQueuePage),
  '/month-summaries': page(
    async () => (await import('../pages/worklogs/MonthSummariesPage')).MonthSummariesPage,
  ),
  '/month-summaries/mine': page(async () => (await import('../pages/worklogs/MySummaryPage')).MySummaryPage),
  '/visit-trips': page(async () => (await import('../pages/visits/TripsPage')).TripsPage),
  '/rewards': page(async () => (await import('../pages/rewards/RewardsPage')).RewardsPage),
  '/rewards/redemptions/:id': page(
    async () => (await import('../pages/rewards/RedemptionPage')).RedemptionPage,
  ),
  '/rewards/catalogue': page(
    async () => (await import('../pages/rewards/RewardCataloguePage')).RewardCataloguePage,
  ),
  '/commission/statements': page(
    async () => (await import('../pages/commission/StatementListPage')).StatementListPage,
  ),
  '/commission/statements/:id': page(
    async () => (await import('../pages/commission/StatementPage')).StatementPage,
  ),
  '/commission/plans': page(async () => (await import('../pages/commission/PlanListPage')).PlanListPage),
  '/commission/plans/:id': page(async () => (await import('../pages/commission/PlanPage')).PlanPage),
  '/points': page(async () => (await import('../pages/points/MyPointsPage')).MyPointsPage),
  '/points/board': page(async () => (await import('../pages/points/PointsBoardPage')).PointsBoardPage),
  '/points/people/:id': page(async () => (await import('../pages/points/MyPointsPage')).MyPointsPage),
  '/points/requests/:id': page(
    async () => (await import('../pages/points/AwardRequestPage')).AwardRequestPage,
  ),
  '/satisfaction': page(
    async () => (await import('../pages/satisfaction/SatisfactionPage')).SatisfactionPage,
  ),
  '/suggestions': page(async () => (await import('../pages/suggestions/SuggestionsPage')).SuggestionsPage),
  '/suggestions/:id': page(async () => (await import('../pages/suggestions/SuggestionPage')).SuggestionPage),
  '/risks': page(async () => (await import('../pages/risks/RisksPage')).RisksPage),
  '/risks/:id': page(async () => (await import('../pages/risks/RiskPage')).RiskPage),
  '/expenses/claims': page(async () => (await import('../pages/expenses/ClaimsPage')).ClaimsPage),
  '/expenses/claims/new': page(async () => (await import('../pages/expenses/ClaimFormPage')).ClaimFormPage),
  '/expenses/claims/:id': page(async () => (await import('../pages/expenses/ClaimPage')).ClaimPage),
  '/expenses/pre-approvals': page(
    async () => (await import('../pages/expenses/PreApprovalsPage')).PreApprovalsPage,
  ),
  '/expenses/pre-approvals/:id': page(
    async () => (await import('../pages/expenses/PreApprovalsPage')).PreApprovalPage,
  ),
  '/expenses/ratio': page(async () => (await import('../pages/expenses/RatioPage')).RatioPage),
  '/service-tickets': page(async () => (await import('../pages/service/TicketsPage')).TicketsPage),
  '/service-tickets/:id': page(async () => (await import('../pages/service/TicketPage')).TicketPage),
  '/documents': page(async () => (await import('../pages/documents/DocumentsPage')).DocumentsPage),
  '/documents/:id': page(async () => (await import('../pages/documents/DocumentPage')).DocumentPage),
  '/documents/borrows/:id': page(async () => (await import('../pages/documents/BorrowPage')).BorrowPage),
  '/market-intel': page(async () => (await import('../pages/market-intel/MarketIntelPage')).MarketIntelPage),
  '/market-intel/:id': page(async () => (await import('../pages/market-intel/EntryPage')).EntryPage),
  '/opportunities': page(
    async () => (await import('../pages/opportunities/OpportunityPage')).OpportunityPage,
  ),
  '/products': page(async () => (await import('../pages/products/ProductListPage')).ProductListPage),
  '/quotes': page(async () => (await import('../pages/quotes/QuoteListPage')).QuoteListPage),
  '/quotes/:id': page(async () => (await import('../pages/quotes/QuotePage')).QuotePage),
  '/order-intents': page(async () => (await import('../pages/quotes/OrderIntentsPage')).OrderIntentsPage),
  '/contracts': page(async () => (await import('../pages/contracts/ContractListPage')).ContractListPage),
  '/contracts/:id': page(async () => (await import('../pages/contracts/ContractPage')).ContractPage),
  '/seals': page(async () => (await import('../pages/seals/SealsPage')).SealsPage),
  '/discipline': page(async () => (await import('../pages/discipline/ViolationsPage')).ViolationsPage),
  '/my-violations': page(async () => (await import('../pages/discipline/MyViolationsPage')).MyViolationsPage),
  '/sanctions': page(async () => (await import('../pages/discipline/SanctionsPage')).SanctionsPage),
  '/orders': page(async () => (await import('../pages/orders/OrderListPage')).OrderListPage),
  '/orders/:id': page(async () => (await import('../pages/orders/OrderPage')).OrderPage),
  '/returns': page(async () => (await import('../pages/orders/ReturnsPage')).ReturnsPage),
  '/payments': page(async () => (await import('../pages/payments/PaymentListPage')).PaymentListPage),
  '/receivables': page(async () => (await import('../pages/receivables/ReceivablesPage')).ReceivablesPage),
  '/dunning': page(async () => (await import('../pages/receivables/DunningPage')).DunningPage),
  '/day-summaries': page(
    async () => (await import('../pages/day-summaries/DaySummariesPage')).DaySummariesPage,
  ),
  '/day-summaries/:id': page(
    async () => (await import('../pages/day-summaries/DaySummaryPage')).DaySummaryPage,
  ),
  '/training': page(async () => (await import('../pages/training/TrainingListPage')).TrainingListPage),
  '/training/mine': page(async () => (await import('../pages/training/MyTrainingPage')).MyTrainingPage),
  '/training/sessions/:id': page(
    async () => (await import('../pages/training/TrainingSessionPage')).TrainingSessionPage,
  ),
  '/dev-plans': page(async () => (await import('../pages/training/DevPlansPage')).DevPlansPage),
  '/todo': page(async () => (await import('../pages/todo/TodoPage')).TodoPage),
  '/tasks': page(async () => (await import('../pages/tasks/TaskListPage')).TaskListPage),
  '/appeals': page(async () => (await import('../pages/tasks/AppealsPage')).AppealsPage),
  '/notifications': page(
    async () => (await import('../pages/notifications/NotificationsPage')).NotificationsPage,
  ),
  '/outbox': page(async () => (await import('../pages/notifications/OutboxPage')).OutboxPage),
  '/team': page(async () => (await import('../pages/team/TeamPage')).TeamPage),
  '/sales-status': page(async () => (await import('../pages/sales-status/SalesStatusPage')).SalesStatusPage),
  '/visits/calendar': page(
    async () => (await import('../pages/visits/calendar/VisitCalendarPage')).VisitCalendarPage,
  ),
  '/visits/compliance': page(
    async () => (await import('../pages/visits/compliance/VisitCompliancePage')).VisitCompliancePage,
  ),
  '/org': page(async () => (await import('../pages/org/OrgPage')).OrgPage),
  '/users': page(async () => (await import('../pages/users/UserListPage')).UserListPage),
  '/roles': page(async () => (await import('../pages/roles/RoleListPage')).RoleListPage),
  '/login-log': page(async () => (await import('../pages/login-log/LoginLogPage')).LoginLogPage),
  '/audit': page(async () => (await import('../pages/audit/AuditPage')).AuditPage),
  '/policies': page(async () => (await import('../pages/policies/PolicyPage')).PolicyPage),
  '/deadlines': page(async () => (await import('../pages/deadlines/OverduePage')).OverduePage),
  '/jobs': page(async () => (await import('../pages/jobs/JobsPage')).JobsPage),
};
