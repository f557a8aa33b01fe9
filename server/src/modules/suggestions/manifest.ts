import { defineModule } from '../../platform/modules/define-module.js';
import { suggestionErrors } from './errors.js';
import { suggestionFlow } from './flow.js';
import { suggestionsPermissions } from './permissions.js';
import { suggestionReviewers } from './policies.js';
import { suggestionRoutes } from './routes.js';

/**
 * OPS-9: the suggestion box (合理化建议) — submitted, reviewed, adopted or declined with a reason; adoption earns extra points.
 */
export const manifest = defineModule({
  name: 'suggestions',
  dependsOn: [],
  permissions: suggestionsPermissions,
  policies: [suggestionReviewers],
  flows: [suggestionFlow],
  errors: suggestionErrors,
  routes: suggestionRoutes,
});
