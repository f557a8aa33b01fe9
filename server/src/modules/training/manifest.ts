import { defineModule } from '../../platform/modules/define-module.js';
import { trainingPermissions } from './permissions.js';

/**
 * OPS-8: training sessions (topic, trainer, date), attendance and results, personal development plans; excellent results earn extra points.
 */
export const manifest = defineModule({
  name: 'training',
  dependsOn: [],
  permissions: trainingPermissions,
});
