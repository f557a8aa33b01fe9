import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModules, modules } from '../modules/index.js';
import { renderErrorCodes, renderPermissionCodes } from '../platform/modules/generate.js';

/** `npm run gen -w server`: writes the files derived from the module manifests (ADR 16). */
loadModules();
const out = (name: string) => fileURLToPath(new URL(`../modules/${name}`, import.meta.url));
writeFileSync(out('permission-codes.ts'), renderPermissionCodes(modules));
writeFileSync(out('error-codes.ts'), renderErrorCodes(modules));
console.log('wrote src/modules/permission-codes.ts and src/modules/error-codes.ts');
