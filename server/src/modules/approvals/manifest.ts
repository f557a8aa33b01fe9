import { defineModule } from '../../platform/modules/define-module.js';
import { approvalRoutes } from './routes.js';
import { approvalsTodo } from './todo-sources.js';

/**
 * 我的审批 / 我的申请 and a record's approval history (ORG-3); the approvals waiting in 待办.
 */
export const manifest = defineModule({
  name: 'approvals',
  dependsOn: [],
  routes: approvalRoutes,
  todoSources: [approvalsTodo],
});
