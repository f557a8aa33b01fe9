import type { Scope } from '../../platform/access/scopes.js';

type Grants = Record<string, Scope>;

const everyone: Grants = {
  'unit:read': 'all',
  // ORG-3: tasks are read up the chain (the assignee and everyone above); anyone may appeal upwards.
  'task:read': 'subordinates',
  'appeal:create': 'all',
  // ORG-3: a general request (通用申请) is read by its writer and everyone above; anyone may write one.
  'request:read': 'subordinates',
  'request:create': 'all',
  // ORG-3/ORG-4: overdue items are seen by the owner and everyone above; managers see their units.
  'deadline:read': 'subordinates',
  // Q2C-1: everyone reads the catalogue; Q2C-9: anyone may ask to use a seal.
  'product:read': 'all',
  'seal:request': 'all',
  // INC-1/INC-6/INC-7/INC-9: the commission plans, the points board, the reward catalogue, the
  // champions and the contests are published; everyone sees their own points and redeems them.
  'commission_plan:read': 'all',
  'points:read': 'own',
  'points:board': 'all',
  'reward:read': 'all',
  'reward:redeem': 'own',
  'champion:read': 'all',
  'contest:read': 'all',
  // ORG-3/PEN-1: anyone may appeal a violation of their own; OPS-8/OPS-9: training is published
  // and anyone may make a suggestion.
  'violation:appeal': 'own',
  'training:read': 'all',
  'suggestion:create': 'all',
  // EXP-2/EXP-3: anyone may apply for an expense and claim it; DOC-2: anyone may ask to borrow a document.
  'expense:apply': 'all',
  'document:borrow': 'all',
};
/**
 * ORG-3/ORG-4: those with direct reports give them tasks (指令); AR-6: and pass the month's
 * dunning items on to them (their own reps' items only, in the query).
 */
const taskAssign: Grants = { 'task:assign': 'all', 'dunning:dispatch': 'all' };
/** ORG-3/ORG-5: a superior reads the day's figures of the people below them (团队). */
const team = (scope: Scope): Grants => ({ 'team:read': scope });
/**
 * VIS-1/VIS-2/VIS-4: those who visit customers plan and make their own visits; each level above
 * reads (and reviews) their people's plans, visits and reports. Exports keep the reader's scope.
 */
const visitWork = (scope: Scope): Grants => ({
  'visit:read': scope,
  'visit:write': scope,
  'visit:export': 'all',
  'visit_plan:read': scope,
  'visit_plan:write': scope,
  'visit_plan:export': 'all',
});
const visitRead = (scope: Scope): Grants => ({
  'visit:read': scope,
  'visit:export': 'all',
  'visit_plan:read': scope,
  'visit_plan:export': 'all',
});
/**
 * PLAN-1 … PLAN-6, OPS-4/OPS-5: everyone in sales reads the company's annual plan and the
 * targets, indicators, personal plans and coaching of their scope; those who lead people set and
 * split targets, review plans, coach and produce the statistics.
 */
const planRead = (scope: Scope): Grants => ({
  'sales_plan:read': 'all',
  'target:read': scope,
  'indicator:read': scope,
  'personal_plan:read': scope,
  'coaching:read': scope,
  'stat_report:read': scope,
});
const planLead = (scope: Scope): Grants => ({
  ...planRead(scope),
  'target:write': scope,
  'target:export': 'all',
  'indicator:export': 'all',
  'personal_plan:write': scope,
  'coaching:write': scope,
  'stat_report:generate': scope,
});
/**
 * INC-1 … INC-9: those who lead people generate and review their commission statements, read
 * and propose points, run contests and handle the below-target cases of their scope.
 */
const incentiveLead = (scope: Scope): Grants => ({
  'commission:read': scope,
  'commission:generate': scope,
  'points:read': scope,
  'points:award': scope,
  'contest:manage': scope,
  'perf_case:read': scope,
  'perf_case:write': scope,
});
/**
 * OPS-1 … OPS-10, PEN-1 … PEN-4: the daily rhythm in the holder's scope — work logs, daily
 * reports, the morning meeting (of their unit), violations and sanctions, development plans,
 * suggestions and market information. A rep writes their own; those who lead people read, review,
 * host meetings and record violations for theirs.
 */
const rhythm = (scope: Scope, meetingScope: Scope): Grants => ({
  'worklog:read': scope,
  'worklog:write': scope,
  'daily_report:read': scope,
  'daily_report:write': scope,
  'meeting:read': meetingScope,
  'violation:read': scope,
  'sanction:read': scope,
  'dev_plan:read': scope,
  'suggestion:read': scope,
  'market_intel:read': scope,
  'market_intel:write': scope,
});
const rhythmLead = (scope: Scope, meetingScope: Scope): Grants => ({
  ...rhythm(scope, meetingScope),
  'worklog:review': scope,
  'daily_report:review': scope,
  'meeting:host': meetingScope,
  'month_summary:read': scope,
  'month_summary:write': scope,
  'day_summary:read': meetingScope,
  'violation:record': scope,
  'violation:export': 'all',
  'sanction:propose': scope,
  'dev_plan:write': scope,
  'suggestion:review': scope,
  'suggestion:export': 'all',
  'market_intel:export': 'all',
  'training:manage': scope,
});
/**
 * SVC-1 … SVC-3, EXP-1 … EXP-3, DOC-1 … DOC-4, RISK-1: service tickets (CUS-5: anyone in sales
 * opens one for any customer), satisfaction and praise, expenses, documents and risks in the
 * holder's scope. Those who lead people also send surveys, record praise, review claims, lend
 * documents and manage risks for theirs.
 */
const aftercare = (scope: Scope): Grants => ({
  'service_ticket:create': 'all',
  'service_ticket:read': scope,
  'service_ticket:handle': scope,
  'survey:read': scope,
  'survey:send': scope,
  'praise:read': scope,
  'expense:read': scope,
  'document:read': scope,
  'risk:read': scope,
});
const aftercareLead = (scope: Scope): Grants => ({
  ...aftercare(scope),
  'service_ticket:export': 'all',
  'survey:export': 'all',
  'praise:record': scope,
  'expense:review': scope,
  'expense:export': 'all',
  'document:lend': scope,
  'risk:manage': scope,
  'risk:export': 'all',
});
const userRead = (scope: Scope): Grants => ({ ...everyone, 'user:read': scope });
/**
 * ORG-6/ORG-7: the policy centre (制度参数) is read by those who run or answer for the rules —
 * supervisors and above, the assistant, finance, HR and the administrator; a rep or the
 * receptionist works under the rules without administering them.
 */
const policyRead: Grants = { 'policy:read': 'all' };

/**
 * CUS-1/CUS-5/ORG-5: a rep works their own customers (and any they collaborate on), takes
 * customers from the public pool and may log service for any customer; each level above
 * sees what its people own.
 */
const crm = (scope: Scope, extra: Grants = {}): Grants => ({
  'customer:read': scope,
  'customer:write': scope,
  'customer:create': 'all',
  'customer:service': 'all',
  'inquiry:read': scope,
  'inquiry:create': 'all',
  'opportunity:read': scope,
  'opportunity:write': scope,
  ...extra,
});
const crmLead = (scope: Scope): Grants =>
  crm(scope, {
    'customer:assign': scope,
    'customer:pool': 'all',
    'customer:export': 'all',
    'customer:import': 'all',
  });

/**
 * Q2C-2 … Q2C-11, AR-1 … AR-9: the money loop in the holder's scope — quotes, contracts, orders,
 * returns, payment plans, payments (recorded; finance confirms) and receivables.
 */
const sell = (scope: Scope, extra: Grants = {}): Grants => ({
  'quote:read': scope,
  'quote:write': scope,
  'contract:read': scope,
  'contract:write': scope,
  'order:read': scope,
  'order:write': scope,
  'return:write': scope,
  'payment:read': scope,
  'payment:create': scope,
  'plan:change': scope,
  'receivable:read': scope,
  // AR-6: the rep records how the customer contact went; those above them may too.
  'dunning:outcome': scope,
  ...extra,
});

/**
 * ORG-6: role presets that match the duties the regulations give each post. The director
 * and GM see the whole company; a regional or sales manager their unit and below; a
 * supervisor their reps (down the superior chain); a rep only themselves. Admins edit these.
 */
export const rolePresets: { code: string; nameZh: string; nameEn: string; grants: Grants }[] = [
  {
    code: 'gm',
    nameZh: '总经理',
    nameEn: 'General manager',
    grants: {
      ...planRead('all'),
      'target:export': 'all',
      'indicator:export': 'all',
      'stat_report:generate': 'all',
      ...visitRead('all'),
      ...userRead('all'),
      ...policyRead,
      ...taskAssign,
      ...team('all'),
      'audit:read': 'all',
      'role:read': 'all',
      'loginlog:read': 'all',
      'deadline:read': 'all',
      'customer:read': 'all',
      'customer:export': 'all',
      'customer:credit': 'all',
      'inquiry:read': 'all',
      'opportunity:read': 'all',
      'quote:read': 'all',
      'contract:read': 'all',
      'order:read': 'all',
      'payment:read': 'all',
      'receivable:read': 'all',
      'receivable:export': 'all',
      'product:cost': 'all',
      'seal:read': 'all',
      'commission:read': 'all',
      'commission:export': 'all',
      'points:read': 'all',
      'perf_case:read': 'all',
      'perf_case:export': 'all',
      'champion:manage': 'all',
      'worklog:read': 'all',
      'daily_report:read': 'all',
      'meeting:read': 'all',
      'day_summary:read': 'all',
      'month_summary:read': 'all',
      'violation:read': 'all',
      'violation:export': 'all',
      'sanction:read': 'all',
      'sanction:propose': 'all',
      'dev_plan:read': 'all',
      'suggestion:read': 'all',
      'suggestion:review': 'all',
      'suggestion:export': 'all',
      'market_intel:read': 'all',
      'market_intel:export': 'all',
      'service_ticket:read': 'all',
      // CUS-5: the GM, like everyone in sales, may open a ticket for any customer.
      'service_ticket:create': 'all',
      'service_ticket:export': 'all',
      'survey:read': 'all',
      'survey:export': 'all',
      'praise:read': 'all',
      'expense:read': 'all',
      'expense:export': 'all',
      'document:read': 'all',
      'document:lend': 'all',
      'document:export': 'all',
      'risk:read': 'all',
      'risk:manage': 'all',
      'risk:export': 'all',
    },
  },
  {
    code: 'sales_director',
    nameZh: '销售总监',
    nameEn: 'Sales director',
    grants: {
      ...planLead('all'),
      'sales_plan:write': 'all',
      'market:write': 'all',
      ...visitRead('all'),
      ...userRead('all'),
      ...policyRead,
      ...taskAssign,
      ...team('all'),
      ...crmLead('all'),
      ...sell('all', { 'writeoff:request': 'all', 'contract:verify': 'all' }),
      'customer:credit': 'all',
      'deadline:read': 'all',
      // ORG-7: the director sets the business policies and reads the regions' filings.
      'policy:manage': 'all',
      'product:manage': 'all',
      'product:price': 'all',
      'product:cost': 'all',
      'receivable:export': 'all',
      'receivable:legal': 'all',
      'seal:read': 'all',
      ...incentiveLead('all'),
      'commission_plan:write': 'all',
      'commission:export': 'all',
      'perf_case:export': 'all',
      'champion:manage': 'all',
      ...rhythmLead('all', 'all'),
      ...aftercareLead('all'),
      'document:manage': 'all',
      'document:export': 'all',
    },
  },
  {
    code: 'regional_manager',
    nameZh: '大区经理',
    nameEn: 'Regional manager',
    grants: {
      ...planLead('unit_tree'),
      ...visitWork('unit_tree'),
      ...userRead('unit_tree'),
      ...policyRead,
      ...taskAssign,
      ...team('unit_tree'),
      ...crmLead('unit_tree'),
      ...sell('unit_tree', { 'writeoff:request': 'unit_tree', 'receivable:export': 'all' }),
      'policy:override': 'unit_tree',
      'deadline:read': 'unit_tree',
      ...incentiveLead('unit_tree'),
      ...rhythmLead('unit_tree', 'unit_tree'),
      ...aftercareLead('unit_tree'),
    },
  },
  {
    code: 'sales_manager',
    nameZh: '销售经理',
    nameEn: 'Sales manager',
    grants: {
      ...planLead('unit_tree'),
      ...visitWork('unit_tree'),
      ...userRead('unit_tree'),
      ...policyRead,
      ...taskAssign,
      ...team('unit_tree'),
      ...crmLead('unit_tree'),
      ...sell('unit_tree', { 'writeoff:request': 'unit_tree', 'receivable:export': 'all' }),
      'deadline:read': 'unit_tree',
      ...incentiveLead('unit_tree'),
      ...rhythmLead('unit_tree', 'unit_tree'),
      ...aftercareLead('unit_tree'),
    },
  },
  {
    code: 'sales_supervisor',
    nameZh: '销售主管',
    nameEn: 'Sales supervisor',
    grants: {
      ...planRead('subordinates'),
      'target:read': 'unit',
      'personal_plan:write': 'subordinates',
      'coaching:write': 'subordinates',
      'stat_report:read': 'unit',
      ...visitWork('subordinates'),
      ...userRead('subordinates'),
      ...policyRead,
      ...taskAssign,
      ...team('subordinates'),
      ...crm('subordinates', {
        'customer:assign': 'subordinates',
        'customer:pool': 'all',
        'customer:export': 'all',
      }),
      ...sell('subordinates', { 'receivable:export': 'all' }),
      ...incentiveLead('subordinates'),
      ...rhythmLead('subordinates', 'unit'),
      'training:manage': 'unit',
      ...aftercareLead('subordinates'),
    },
  },
  {
    code: 'sales_assistant',
    nameZh: '销售助理',
    nameEn: 'Sales assistant',
    grants: {
      'sales_plan:read': 'all',
      'target:read': 'unit_tree',
      'indicator:read': 'unit_tree',
      'personal_plan:read': 'unit_tree',
      'stat_report:read': 'unit_tree',
      'target:export': 'all',
      'indicator:export': 'all',
      'stat_report:generate': 'unit_tree',
      ...visitRead('unit_tree'),
      ...userRead('unit_tree'),
      ...policyRead,
      ...crm('unit_tree', { 'customer:export': 'all', 'customer:import': 'all' }),
      // Q2C-7/Q2C-9: the assistant enters and verifies signed contracts and keeps the seals.
      ...sell('unit_tree', {
        'contract:enter': 'unit_tree',
        'contract:verify': 'unit_tree',
        'receivable:export': 'all',
      }),
      'product:manage': 'all',
      'seal:read': 'all',
      'seal:manage': 'all',
      'commission:read': 'unit_tree',
      'points:read': 'unit_tree',
      'reward:manage': 'all',
      // OPS-3: the assistant reads the unit's logs and reports, assembles and sends the day's summary.
      'worklog:read': 'unit_tree',
      'daily_report:read': 'unit_tree',
      'meeting:read': 'unit_tree',
      'day_summary:read': 'unit_tree',
      'day_summary:send': 'unit_tree',
      'market_intel:read': 'unit_tree',
      'market_intel:write': 'unit_tree',
      'market_intel:export': 'all',
      'suggestion:read': 'own',
      // SVC-1 … DOC-4: the assistant keeps the document room (档案室), records praise and sends surveys.
      ...aftercare('unit_tree'),
      'service_ticket:export': 'all',
      'survey:export': 'all',
      'praise:record': 'unit_tree',
      'document:manage': 'unit_tree',
      'document:lend': 'unit_tree',
      'document:export': 'all',
    },
  },
  {
    code: 'sales_rep',
    nameZh: '销售代表',
    nameEn: 'Sales rep',
    grants: {
      'sales_plan:read': 'all',
      'target:read': 'own',
      'indicator:read': 'own',
      'personal_plan:read': 'own',
      'personal_plan:write': 'own',
      'coaching:read': 'own',
      ...visitWork('own'),
      ...userRead('own'),
      ...crm('own', { 'customer:pool': 'all', 'customer:export': 'all' }),
      ...sell('own'),
      'commission:read': 'own',
      'perf_case:read': 'own',
      ...rhythm('own', 'unit'),
      ...aftercare('own'),
    },
  },
  {
    code: 'receptionist',
    nameZh: '接线生',
    nameEn: 'Receptionist',
    // CUS-2: the receptionist keeps the first-contact register and links entries to customers.
    grants: {
      ...userRead('own'),
      'inquiry:read': 'all',
      'inquiry:create': 'all',
      'customer:service': 'all',
      'service_ticket:create': 'all',
    },
  },
  {
    code: 'finance',
    nameZh: '财务',
    nameEn: 'Finance',
    // CUS-9: finance reads every customer's credit data.
    // AR-3/AR-4/AR-6: finance confirms money, records invoices and issues the dunning notices.
    grants: {
      ...userRead('own'),
      ...policyRead,
      'customer:read': 'all',
      'customer:credit': 'all',
      'contract:read': 'all',
      'contract:verify': 'all',
      'order:read': 'all',
      'payment:read': 'all',
      'payment:create': 'all',
      'payment:confirm': 'all',
      'receivable:verify': 'all',
      'invoice:write': 'all',
      'receivable:read': 'all',
      'receivable:export': 'all',
      'receivable:legal': 'all',
      'dunning:run': 'all',
      'writeoff:request': 'all',
      'product:cost': 'all',
      'commission:read': 'all',
      'commission:close': 'all',
      'commission:export': 'all',
      // PEN-2: fines are deducted with the payroll.
      'violation:read': 'all',
      'violation:export': 'all',
      // EXP-3: finance approves and pays claims; RISK-1: and watches the customers' credit risks.
      'expense:read': 'all',
      'expense:finance': 'all',
      'expense:export': 'all',
      'risk:read': 'all',
      'risk:export': 'all',
    },
  },
  {
    code: 'hr',
    nameZh: '人力资源',
    nameEn: 'HR',
    grants: {
      ...userRead('all'),
      ...policyRead,
      'user:manage': 'all',
      'user:export': 'all',
      'role:read': 'all',
      'loginlog:read': 'all',
      // INC-8: HR sees the below-target cases; pay and points are HR's records too.
      'perf_case:read': 'all',
      'perf_case:export': 'all',
      'commission:read': 'all',
      'commission:export': 'all',
      'points:read': 'all',
      'points:award': 'all',
      'reward:manage': 'all',
      // PEN-4/OPS-8: HR sees every violation and sanction, runs training and keeps development plans.
      'violation:read': 'all',
      'violation:export': 'all',
      'sanction:read': 'all',
      'training:manage': 'all',
      'dev_plan:read': 'all',
      'dev_plan:write': 'all',
      'suggestion:read': 'own',
      'praise:read': 'all',
    },
  },
  {
    code: 'admin',
    nameZh: '系统管理员',
    nameEn: 'Administrator',
    grants: {
      ...userRead('all'),
      ...policyRead,
      'user:manage': 'all',
      'user:export': 'all',
      'loginlog:export': 'all',
      'audit:export': 'all',
      'unit:manage': 'all',
      'role:read': 'all',
      'role:manage': 'all',
      'loginlog:read': 'all',
      'audit:read': 'all',
      'policy:manage': 'all',
      'policy:system': 'all',
      'outbox:read': 'all',
      'policy:override': 'all',
      'deadline:read': 'all',
      'job:manage': 'all',
      'clock:manage': 'all',
      'receivable:verify': 'all',
    },
  },
];
