import type { AppOptions } from '../http/app.js';
import type { App } from '../http/types.js';
import { manifest as platform } from '../platform/manifest.js';
import type { ModuleManifest } from '../platform/modules/define-module.js';
import { checkModuleList, fillRegistries } from '../platform/modules/kernel.js';
import { manifest as approvals } from './approvals/index.js';
import { manifest as auth } from './auth/index.js';
import { manifest as champions } from './champions/index.js';
import { manifest as coaching } from './coaching/index.js';
import { manifest as collection } from './collection/index.js';
import { manifest as commission } from './commission/index.js';
import { manifest as contests } from './contests/index.js';
import { manifest as contracts } from './contracts/index.js';
import { manifest as customers } from './customers/index.js';
import { manifest as dailyReports } from './daily-reports/index.js';
import { manifest as daySummaries } from './day-summaries/index.js';
import { manifest as deadlines } from './deadlines/index.js';
import { manifest as discipline } from './discipline/index.js';
import { manifest as documents } from './documents/index.js';
import { manifest as expenses } from './expenses/index.js';
import { manifest as greetings } from './greetings/index.js';
import { manifest as indicators } from './indicators/index.js';
import { manifest as inquiries } from './inquiries/index.js';
import { manifest as jobs } from './jobs/index.js';
import { manifest as leads } from './leads/index.js';
import { manifest as marketIntel } from './market-intel/index.js';
import { manifest as meetings } from './meetings/index.js';
import { manifest as notifications } from './notifications/index.js';
import { manifest as opportunities } from './opportunities/index.js';
import { manifest as orders } from './orders/index.js';
import { manifest as performanceCases } from './performance-cases/index.js';
import { manifest as personalPlans } from './personal-plans/index.js';
import { manifest as points } from './points/index.js';
import { manifest as policies } from './policies/index.js';
import { manifest as products } from './products/index.js';
import { manifest as quotes } from './quotes/index.js';
import { manifest as receivables } from './receivables/index.js';
import { manifest as requests } from './requests/index.js';
import { manifest as rewards } from './rewards/index.js';
import { manifest as risks } from './risks/index.js';
import { manifest as roles } from './roles/index.js';
import { manifest as satisfaction } from './satisfaction/index.js';
import { manifest as seals } from './seals/index.js';
import { manifest as service } from './service/index.js';
import { manifest as statReports } from './stat-reports/index.js';
import { manifest as suggestions } from './suggestions/index.js';
import { manifest as supervision } from './supervision/index.js';
import { manifest as system } from './system/index.js';
import { manifest as targets } from './targets/index.js';
import { manifest as tasks } from './tasks/index.js';
import { manifest as team } from './team/index.js';
import { manifest as todo } from './todo/index.js';
import { manifest as training } from './training/index.js';
import { manifest as units } from './units/index.js';
import { manifest as users } from './users/index.js';
import { manifest as visitPlans } from './visit-plans/index.js';
import { manifest as visits } from './visits/index.js';
import { manifest as workbench } from './workbench/index.js';
import { manifest as worklogs } from './worklogs/index.js';

/**
 * Every module, once (ADR 16). Routes are registered in this order. A new module adds one
 * line here and a `manifest.ts` in its folder.
 */
export const modules: readonly ModuleManifest[] = [
  platform,
  // The foundation: organisation, access, policies, deadlines, jobs, notices, approvals.
  system,
  auth,
  users,
  units,
  roles,
  policies,
  deadlines,
  jobs,
  notifications,
  todo,
  tasks,
  approvals,
  requests,
  // Customers and opportunities (CUS-1 … CUS-9).
  customers,
  leads,
  inquiries,
  opportunities,
  greetings,
  // The money loop (Q2C-1 … Q2C-11, AR-1 … AR-9).
  products,
  quotes,
  contracts,
  seals,
  orders,
  receivables,
  collection,
  // A superior's people and their figures (ORG-3, ORG-5).
  team,
  // Visits: monthly plans, visits, reports, commitments, compliance (VIS-1 … VIS-7).
  visits,
  visitPlans,
  // Targets and plans, indicators, coaching (PLAN-1 … PLAN-6); the 工作台 and statistics (OPS-4, OPS-5).
  targets,
  personalPlans,
  indicators,
  coaching,
  workbench,
  statReports,
  // Incentives: commission, points and rewards, champions, contests, below-target cases (INC-1 … INC-9).
  commission,
  points,
  rewards,
  champions,
  contests,
  performanceCases,
  // The daily rhythm and discipline: work logs, daily reports, the end-of-day summary, the morning
  // meeting, the supervisor's review and monthly summary, violations and sanctions, training,
  // suggestions, market information (OPS-1 … OPS-10, PEN-1 … PEN-4).
  worklogs,
  dailyReports,
  daySummaries,
  meetings,
  supervision,
  discipline,
  training,
  suggestions,
  marketIntel,
  // After-sales service and satisfaction, expenses, the document room and the risk register
  // (SVC-1 … SVC-3, EXP-1 … EXP-3, DOC-1 … DOC-4, RISK-1).
  service,
  satisfaction,
  expenses,
  documents,
  risks,
];

/**
 * Checks the module list (dependencies known, no cycle, ports provided) and fills every
 * registry from it: permissions, policies, approval flows, jobs, notification and domain
 * events, due item kinds, import kinds, error codes. Code that runs without the HTTP app
 * (main.ts before the app, the demo loader, CLIs, benchmarks, tests) calls this; loading a
 * list again is harmless.
 */
export function loadModules(list: readonly ModuleManifest[] = modules): void {
  checkModuleList(list);
  fillRegistries(list);
}

/** Loads the modules, then registers their routes in list order (http/app.ts). */
export function registerModules(app: App, opts: AppOptions, list: readonly ModuleManifest[] = modules): void {
  loadModules(list);
  for (const m of list) m.routes?.(app, opts);
}
