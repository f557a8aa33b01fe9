import { defineModule } from '../../platform/modules/define-module.js';
import { suggestionsPermissions } from './permissions.js';

/**
 * OPS-9: the suggestion box (合理化建议) — submitted, reviewed, adopted or declined with a reason; adoption earns extra points.
 */
export const manifest = defineModule({
  name: 'suggestions',
  dependsOn: [],
  permissions: suggestionsPermissions,
});
