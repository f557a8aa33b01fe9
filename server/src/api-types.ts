/**
 * The web client's view of the API: request and response types inferred from the same zod
 * schemas that validate requests, serialise responses and describe the OpenAPI document.
 * Type-only: nothing here reaches the browser bundle.
 */
export type {
  TApprovalHistory,
  TApprovalListItem,
  TApprovalListPage,
  TApprovalPageQuery,
  TApprovalStatus,
  TApprovalStepItem,
  TApprovalStepPage,
  TApprovalStepRule,
  TApproveBody,
  TDocRef,
  TRejectBody,
  TSubmissionQuery,
} from './modules/approvals/schemas.js';
export type {
  TChangePassword,
  TLogin,
  TMe,
  TPreferences,
  TSignedIn,
  TSignInNotice,
} from './modules/auth/schemas.js';
// The money loop: every exported type of these modules' schemas (T… names).
export type * from './modules/collection/schemas.js';
export type * from './modules/contracts/schemas.js';
export type {
  TAssignee,
  TAssigneeList,
  TAssigneeQuery,
  TCustomerOwnership,
  TOwnershipChange,
  TOwnershipLogEntry,
  TOwnershipLogPage,
  TOwnershipLogQuery,
  TPoolCustomer,
  TPoolListQuery,
  TPoolPage,
  TPoolQuota,
  TPoolStatus,
  TReassignCustomer,
  TReleaseCustomer,
} from './modules/customers/pool/schemas.js';
export type {
  TCollaborator,
  TCollaboratorCandidates,
  TCollaboratorList,
  TCollaboratorSet,
  TContact,
  TContactInput,
  TContactList,
  TContactUpdate,
  TCustomer,
  TCustomerCreate,
  TCustomerCreated,
  TCustomerCredit,
  TCustomerHistoryEntry,
  TCustomerHistoryPage,
  TCustomerHistoryQuery,
  TCustomerLifecycle,
  TCustomerListItem,
  TCustomerLookup,
  TCustomerLookupItem,
  TCustomerPage,
  TCustomerQuery,
  TCustomerSource,
  TCustomerType,
  TCustomerUpdate,
  TDuplicate,
  TDuplicateList,
  TDuplicateQuery,
  TFollowUp,
  TFollowUpCreate,
  TFollowUpKind,
  TFollowUpPage,
  TFollowUpQuery,
  TGender,
  TServiceLogCreate,
} from './modules/customers/schemas.js';
export type { TDueItem, TDueItemPage, TMineQuery, TOverdueQuery } from './modules/deadlines/schemas.js';
export type { ErrorCode } from './modules/error-codes.js';
export type {
  TInquiry,
  TInquiryAssignees,
  TInquiryChannel,
  TInquiryConvert,
  TInquiryCreate,
  TInquiryLink,
  TInquiryPage,
  TInquiryQuery,
  TInquiryStatus,
} from './modules/inquiries/schemas.js';
export type {
  TClock,
  TClockAdvance,
  TClockSet,
  TJob,
  TJobList,
  TJobRunPage,
  TJobRunRecord,
  TJobRunResult,
  TJobSchedule,
} from './modules/jobs/schemas.js';
export type {
  TLeadCriteria,
  TLeadCriterion,
  TLeadStatus,
  TQualificationInput,
} from './modules/leads/schemas.js';
export type {
  TMail,
  TMailListQuery,
  TMailPage,
  TNotification,
  TNotificationListQuery,
  TNotificationPage,
  TNotificationPrefs,
  TNotificationPrefsUpdate,
} from './modules/notifications/schemas.js';
export type {
  TFunnelStage,
  TOpportunity,
  TOpportunityBoard,
  TOpportunityBoardColumn,
  TOpportunityBoardQuery,
  TOpportunityCreate,
  TOpportunityFilters,
  TOpportunityFunnel,
  TOpportunityFunnelQuery,
  TOpportunityListQuery,
  TOpportunityPage,
  TOpportunityStage,
  TOpportunityStageMove,
  TOpportunityUpdate,
  TStageHistory,
  TStageHistoryEntry,
} from './modules/opportunities/schemas.js';
export type * from './modules/orders/schemas.js';
export type { Permission } from './modules/permission-codes.js';
export type {
  TChainChoices,
  TPolicy,
  TPolicyOverride,
  TPolicyOverrideSet,
  TPolicyRole,
  TPolicySet,
  TRuleChapter,
} from './modules/policies/schemas.js';
export type * from './modules/products/schemas.js';
export type * from './modules/quotes/schemas.js';
export type * from './modules/receivables/schemas.js';
export type {
  TGeneralRequest,
  TGeneralRequestCreate,
  TGeneralRequestPage,
  TGeneralRequestQuery,
  TGeneralRequestUpdate,
  TRequestStatus,
} from './modules/requests/schemas.js';
export type { TGrant, TPermissionDef, TRole, TRoleCreate, TRoleUpdate } from './modules/roles/schemas.js';
export type * from './modules/seals/schemas.js';
export type {
  TAuditEntry,
  TAuditQuery,
  TAuditVerify,
  TLoginLogEntry,
  TLoginLogQuery,
} from './modules/system/schemas.js';
export type {
  TAppeal,
  TAppealAnswer,
  TAppealCreate,
  TAppealListQuery,
  TAppealPage,
  TTask,
  TTaskCreate,
  TTaskDone,
  TTaskEvaluate,
  TTaskListQuery,
  TTaskPage,
  TTaskSource,
  TTaskStatus,
  TUserRefList,
} from './modules/tasks/schemas.js';
export type { TTodo, TTodoApproval, TTodoCount, TTodoDeadline } from './modules/todo/schemas.js';
export type { TUnit, TUnitCreate, TUnitKind, TUnitUpdate } from './modules/units/schemas.js';
export type {
  TPlacement,
  TResetPassword,
  TUser,
  TUserCreate,
  TUserListItem,
  TUserListQuery,
  TUserMove,
  TUserPage,
  TUserRef,
  TUserUpdate,
} from './modules/users/schemas.js';
export type { Scope } from './platform/access/scopes.js';
export type { TFileList, TFileMeta } from './platform/files/schemas.js';
export type {
  TImportDuplicate,
  TImportRowError,
  TImportRun,
  TImportRunList,
  TImportRunSummary,
  TImportStatus,
} from './platform/imports/schemas.js';
export type { TTimelineEvent, TTimelinePage, TTimelineQuery } from './platform/timeline/schemas.js';
