import type { Ctx } from '../../platform/context.js';
import { requireActor } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { getTrainingSession } from './queries.js';
import type { TTrainingAttendee } from './schemas.js';

const attendance: Record<TTrainingAttendee['attendance'], Localized> = {
  invited: { 'zh-CN': '已通知', en: 'Invited' },
  attended: { 'zh-CN': '已参加', en: 'Attended' },
  absent: { 'zh-CN': '缺席', en: 'Absent' },
  excused: { 'zh-CN': '请假', en: 'Excused' },
};
const yes: Localized = { 'zh-CN': '是', en: 'Yes' };
const pass: Localized = { 'zh-CN': '合格', en: 'Pass' };
const fail: Localized = { 'zh-CN': '不合格', en: 'Fail' };

/**
 * OPS-8/ORG-5: a session's attendance and results as a workbook for the training record — the
 * session as its reader sees it (404 outside scope); its own permission (training:manage, checked
 * by the route) and an audit row per export.
 */
export async function exportTrainingResults(ctx: Ctx, id: string) {
  const session = await getTrainingSession(ctx.db, requireActor(ctx), id);
  const columns: ExportColumn<TTrainingAttendee>[] = [
    { header: { 'zh-CN': '人员', en: 'Person' }, width: 12, value: (a) => a.user.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (a) => a.unit.name },
    { header: { 'zh-CN': '出勤', en: 'Attendance' }, value: (a) => attendance[a.attendance][ctx.lang] },
    { header: { 'zh-CN': '分数', en: 'Score' }, value: (a) => a.score },
    {
      header: { 'zh-CN': '是否合格', en: 'Pass / fail' },
      value: (a) => (a.passed === null ? null : (a.passed ? pass : fail)[ctx.lang]),
    },
    { header: { 'zh-CN': '优秀', en: 'Excellent' }, value: (a) => (a.excellent ? yes[ctx.lang] : null) },
    { header: { 'zh-CN': '备注', en: 'Note' }, width: 24, value: (a) => a.resultNote },
    { header: { 'zh-CN': '登记时间', en: 'Recorded' }, kind: 'dateTime', value: (a) => a.resultAt },
  ];
  return exportList(ctx, {
    entity: 'training',
    sheet: { 'zh-CN': '培训成绩', en: 'Training results' },
    filters: { sessionId: session.id },
    fetch: async (limit) => session.attendees.slice(0, limit),
    columns,
  });
}
