import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { surveyRowsFor } from './queries.js';
import type { TSurveyExportQuery } from './schemas.js';
import { sourceWords, statusWords } from './words.js';

type ExportRow = Awaited<ReturnType<typeof surveyRowsFor>>[number];

/**
 * SVC-2/ORG-5: the survey list as a workbook, with each survey's scores and comment — the list's
 * scope and filters; survey:export (checked by the route) and an audit row per export.
 */
export function exportSurveys(ctx: Ctx, q: TSurveyExportQuery) {
  const lang = ctx.lang;
  const columns: ExportColumn<ExportRow>[] = [
    { header: { 'zh-CN': '客户', en: 'Customer' }, width: 24, value: (r) => r.customer.name },
    { header: { 'zh-CN': '被评价人', en: 'Rated' }, width: 12, value: (r) => r.rep.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
    { header: { 'zh-CN': '来源', en: 'Source' }, value: (r) => sourceWords[r.source][lang] },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => statusWords[r.status][lang] },
    { header: { 'zh-CN': '发送时间', en: 'Sent' }, kind: 'dateTime', value: (r) => r.sentAt },
    { header: { 'zh-CN': '回复时间', en: 'Answered' }, kind: 'dateTime', value: (r) => r.answeredAt },
    { header: { 'zh-CN': '得分', en: 'Score' }, value: (r) => r.score },
    {
      header: { 'zh-CN': '满意', en: 'Satisfied' },
      value: (r) =>
        r.satisfied === null
          ? null
          : r.satisfied
            ? lang === 'en'
              ? 'Yes'
              : '是'
            : lang === 'en'
              ? 'No'
              : '否',
    },
    {
      header: { 'zh-CN': '各题得分', en: 'Scores by question' },
      width: 30,
      value: (r) => (r.answers ?? []).map((a) => `${a.key}=${a.score}`).join('; ') || null,
    },
    { header: { 'zh-CN': '客户意见', en: 'Comment' }, width: 40, value: (r) => r.comment },
  ];
  return exportList(ctx, {
    entity: 'survey',
    sheet: { 'zh-CN': '满意度调查', en: 'Satisfaction surveys' },
    filters: q,
    fetch: (limit) => surveyRowsFor(ctx, q, limit),
    columns,
  });
}
