import { defineModule } from '../../platform/modules/define-module.js';
import { workbenchCacheMinutes, workbenchStaleMinutes } from './policies.js';
import { workbenchRoutes } from './routes.js';

/**
 * 工作台 and 销售状况一览表 (OPS-5): each person's home page — what they act on and what they are
 * measured by, for a rep, a team, the company and finance — and the live sales status overview;
 * read from the indicators read model and the lists behind each figure (ADR 26).
 */
export const manifest = defineModule({
  name: 'workbench',
  dependsOn: [
    'indicators',
    'targets',
    'collection',
    'customers',
    'opportunities',
    'visits',
    'receivables',
    'todo',
  ],
  policies: [workbenchCacheMinutes, workbenchStaleMinutes],
  routes: workbenchRoutes,
});
