import { defineModule } from '../../platform/modules/define-module.js';
import { documentsPermissions } from './permissions.js';

/**
 * DOC-1 … DOC-4: the document room (档案室) — catalogued, versioned documents with retention and confidentiality; borrowing against a signature (借阅签字制).
 */
export const manifest = defineModule({
  name: 'documents',
  dependsOn: [],
  permissions: documentsPermissions,
});
