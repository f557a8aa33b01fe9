import { definePermissions } from '../../platform/access/permissions.js';

/** PLAN-5/PLAN-6: the indicators of the people and units in one's scope, their records, the completion board. */
export const indicatorPermissions = definePermissions([
  {
    code: 'indicator:read',
    label: { 'zh-CN': '查看业绩指标', en: 'View performance indicators' },
    scoped: true,
  },
  {
    code: 'indicator:export',
    label: { 'zh-CN': '导出业绩指标', en: 'Export performance indicators' },
    scoped: false,
  },
]);
