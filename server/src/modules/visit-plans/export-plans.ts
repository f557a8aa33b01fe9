import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import type { Lang } from '../../platform/i18n/lang.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/index.js';
import { purposeText } from '../visits/index.js';
import { minutesToHours } from './hours.js';
import { monthOf, monthOn } from './month.js';
import type { TVisitPlanQuery } from './schemas.js';
import { visitPlanReadScope } from './scope.js';
import { visitPlanLines, visitPlans } from './tables.js';

const rep = alias(users, 'rep');

/** Words for the codes a sheet carries (the web has its own copy in labels.*.json). */
const statusWords: Record<string, Record<Lang, string>> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  rejected: { 'zh-CN': '已驳回', en: 'Rejected' },
};

/**
 * VIS-1/ORG-5: the plans' lines as a workbook, one row per planned visit — the list's filters
 * and the reader's data scope (in SQL), its own permission (visit_plan:export, checked by the
 * route) and an audit row per export.
 */
export function exportVisitPlans(ctx: Ctx, q: TVisitPlanQuery) {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  return exportList(ctx, {
    entity: 'visit_plan',
    sheet: { 'zh-CN': '拜访计划', en: 'Visit plans' },
    filters: withoutPaging(q),
    fetch: (limit) =>
      ctx.db
        .select({
          monthOn: visitPlans.monthOn,
          status: visitPlans.status,
          repName: rep.displayName,
          unitName: units.name,
          customerName: customers.name,
          purpose: visitPlanLines.purpose,
          plannedOn: visitPlanLines.plannedOn,
          plannedMinutes: visitPlanLines.plannedMinutes,
          note: visitPlanLines.note,
          submittedAt: visitPlans.submittedAt,
          approvedAt: visitPlans.approvedAt,
        })
        .from(visitPlanLines)
        .innerJoin(visitPlans, eq(visitPlans.id, visitPlanLines.planId))
        .innerJoin(rep, eq(rep.id, visitPlans.repId))
        .innerJoin(units, eq(units.id, visitPlans.unitId))
        .innerJoin(customers, eq(customers.id, visitPlanLines.customerId))
        .where(
          and(
            visitPlanReadScope(actor),
            q.month ? eq(visitPlans.monthOn, monthOn(q.month)) : undefined,
            q.repId ? eq(visitPlans.repId, q.repId) : undefined,
            q.status ? eq(visitPlans.status, q.status) : undefined,
          ),
        )
        .orderBy(
          desc(visitPlans.monthOn),
          asc(units.name),
          asc(rep.username),
          asc(visitPlanLines.plannedOn),
          asc(visitPlanLines.position),
          asc(visitPlanLines.id),
        )
        .limit(limit),
    columns: [
      { header: { 'zh-CN': '月份', en: 'Month' }, width: 10, value: (r) => monthOf(r.monthOn) },
      { header: { 'zh-CN': '销售代表', en: 'Rep' }, value: (r) => r.repName },
      { header: { 'zh-CN': '所属组织', en: 'Unit' }, width: 20, value: (r) => r.unitName },
      {
        header: { 'zh-CN': '计划状态', en: 'Plan status' },
        value: (r) => statusWords[r.status]?.[lang] ?? r.status,
      },
      { header: { 'zh-CN': '拜访日期', en: 'Planned date' }, width: 12, value: (r) => r.plannedOn },
      { header: { 'zh-CN': '客户', en: 'Customer' }, width: 30, value: (r) => r.customerName },
      {
        header: { 'zh-CN': '拜访目的', en: 'Purpose' },
        value: (r) => purposeText(r.purpose)[lang],
      },
      {
        header: { 'zh-CN': '预定停留时数', en: 'Planned hours' },
        width: 14,
        value: (r) => Number(minutesToHours(r.plannedMinutes)),
      },
      { header: { 'zh-CN': '备注', en: 'Note' }, width: 30, value: (r) => r.note },
      { header: { 'zh-CN': '提交时间', en: 'Submitted' }, kind: 'dateTime', value: (r) => r.submittedAt },
      { header: { 'zh-CN': '批准时间', en: 'Approved' }, kind: 'dateTime', value: (r) => r.approvedAt },
    ],
  });
}
