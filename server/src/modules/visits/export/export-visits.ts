import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import { type Ctx, requireActor } from '../../../platform/context.js';
import { exportList } from '../../../platform/export/export-list.js';
import type { ExportColumn } from '../../../platform/export/xlsx.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { units, users } from '../../../platform/org/tables.js';
import { customers } from '../../customers/index.js';
import type { visitPurposeCodes } from '../policies.js';
import { type locationStatuses, type visitStatuses, visits } from '../tables.js';
import type { TVisitExportQuery } from './schemas.js';

/** VIS-3: the purposes in words. */
const purposeWords: Record<(typeof visitPurposeCodes)[number], Localized> = {
  market_research: { 'zh-CN': '市场调查', en: 'Market research' },
  competitor_info: { 'zh-CN': '收集竞争对手信息', en: 'Competitor information' },
  maintenance: { 'zh-CN': '客户维护', en: 'Customer maintenance' },
  collect_payment: { 'zh-CN': '收款', en: 'Collect payment' },
  new_customer: { 'zh-CN': '开发新客户', en: 'New customer' },
  new_product: { 'zh-CN': '新产品介绍', en: 'New product' },
  coverage: { 'zh-CN': '覆盖拜访', en: 'Coverage' },
};
const statusWords: Record<(typeof visitStatuses)[number], Localized> = {
  planned: { 'zh-CN': '已计划', en: 'Planned' },
  prepared: { 'zh-CN': '已准备', en: 'Prepared' },
  in_progress: { 'zh-CN': '拜访中', en: 'In progress' },
  done: { 'zh-CN': '已完成', en: 'Done' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};
const locationWords: Record<(typeof locationStatuses)[number], Localized> = {
  ok: { 'zh-CN': '已定位', en: 'Located' },
  denied: { 'zh-CN': '未获取位置：已拒绝', en: 'No location: refused' },
  unavailable: { 'zh-CN': '未获取位置：不可用', en: 'No location: unavailable' },
};

interface Row {
  planned_on: string;
  rep_name: string;
  unit_name: string;
  customer_name: string;
  purpose: string;
  status: (typeof visitStatuses)[number];
  plan_line_id: string | null;
  planned_minutes: number;
  check_in_at: Date | string | null;
  check_in_location: (typeof locationStatuses)[number] | null;
  check_out_at: Date | string | null;
  outcome: string | null;
}

const hours = (minutes: number | null) => (minutes === null ? null : (minutes / 60).toFixed(1));
const spent = (r: Row) =>
  r.check_in_at && r.check_out_at
    ? Math.round((new Date(r.check_out_at).getTime() - new Date(r.check_in_at).getTime()) / 60_000)
    : null;

/**
 * ORG-5/VIS-4: the visit list as a workbook — the list's filters, in the exporter's visit:read
 * scope (a rep their own visits, a supervisor their reps'), its own permission (visit:export,
 * checked by the route) and an audit row per export. Ordered by planned day, then rep.
 */
export async function exportVisits(ctx: Ctx, q: TVisitExportQuery) {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  const words = (w: Localized | undefined, code: string) => w?.[lang] ?? code;
  const filters = [
    scopeCondition(actor, 'visit:read', { owner: sql`v.rep_id`, unit: sql`v.unit_id` }),
    q.repId ? sql`v.rep_id = ${q.repId}::uuid` : undefined,
    q.customerId ? sql`v.customer_id = ${q.customerId}::uuid` : undefined,
    q.status ? sql`v.status = ${q.status}` : undefined,
    q.purpose ? sql`v.purpose = ${q.purpose}` : undefined,
    q.from ? sql`v.planned_on >= ${q.from}::date` : undefined,
    q.to ? sql`v.planned_on <= ${q.to}::date` : undefined,
  ].filter((f) => f !== undefined);
  const columns: ExportColumn<Row>[] = [
    { header: { 'zh-CN': '计划日期', en: 'Planned day' }, width: 12, value: (r) => r.planned_on },
    { header: { 'zh-CN': '业务员', en: 'Rep' }, value: (r) => r.rep_name },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 20, value: (r) => r.unit_name },
    { header: { 'zh-CN': '客户', en: 'Customer' }, width: 30, value: (r) => r.customer_name },
    {
      header: { 'zh-CN': '拜访目的', en: 'Purpose' },
      value: (r) => words(purposeWords[r.purpose as keyof typeof purposeWords], r.purpose),
    },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => words(statusWords[r.status], r.status) },
    {
      header: { 'zh-CN': '来源', en: 'Source' },
      value: (r) =>
        r.plan_line_id ? (lang === 'en' ? 'Monthly plan' : '拜访计划') : lang === 'en' ? 'Ad hoc' : '计划外',
    },
    { header: { 'zh-CN': '计划时数', en: 'Planned hours' }, value: (r) => hours(Number(r.planned_minutes)) },
    { header: { 'zh-CN': '签到时间', en: 'Checked in' }, kind: 'dateTime', value: (r) => r.check_in_at },
    {
      header: { 'zh-CN': '签到位置', en: 'Check-in location' },
      width: 20,
      value: (r) =>
        r.check_in_location ? words(locationWords[r.check_in_location], r.check_in_location) : null,
    },
    { header: { 'zh-CN': '签退时间', en: 'Checked out' }, kind: 'dateTime', value: (r) => r.check_out_at },
    { header: { 'zh-CN': '实际时数', en: 'Hours spent' }, value: (r) => hours(spent(r)) },
    { header: { 'zh-CN': '拜访结果', en: 'Outcome' }, width: 40, value: (r) => r.outcome },
  ];
  return exportList<Row>(ctx, {
    entity: 'visit',
    sheet: { 'zh-CN': '客户拜访', en: 'Visits' },
    filters: q,
    columns,
    fetch: (limit) =>
      queryRows<Row>(
        ctx.db,
        sql`select v.planned_on::text as planned_on, u.display_name as rep_name, un.name as unit_name,
            c.name as customer_name, v.purpose, v.status, v.plan_line_id, v.planned_minutes,
            v.check_in_at, v.check_in_location, v.check_out_at, v.outcome
          from ${visits} v
          join ${users} u on u.id = v.rep_id
          join ${units} un on un.id = v.unit_id
          join ${customers} c on c.id = v.customer_id
          where ${sql.join(filters, sql` and `)}
          order by v.planned_on, u.display_name, v.id
          limit ${limit}`,
      ),
  });
}
