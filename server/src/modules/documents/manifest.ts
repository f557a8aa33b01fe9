import { defineModule } from '../../platform/modules/define-module.js';
import { borrowDueKind } from './due-items.js';
import { documentErrors } from './errors.js';
import { borrowFlow, confidentialBorrowFlow } from './flow.js';
import { documentsPermissions } from './permissions.js';
import { documentPolicies } from './policies.js';
import { documentRoutes } from './routes.js';
import { reviewTodo, signTodo } from './todo-sources.js';

/**
 * DOC-1 … DOC-4: the document room (档案室) — catalogued, versioned documents with retention and confidentiality; borrowing against a signature (借阅签字制).
 */
export const manifest = defineModule({
  name: 'documents',
  dependsOn: ['customers', 'contracts'],
  permissions: documentsPermissions,
  policies: documentPolicies,
  flows: [borrowFlow, confidentialBorrowFlow],
  dueItemKinds: [borrowDueKind],
  todoSources: [signTodo, reviewTodo],
  errors: documentErrors,
  routes: documentRoutes,
});
