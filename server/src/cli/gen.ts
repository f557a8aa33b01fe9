import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModules, modules } from '../modules/index.js';
import { renderAuditWords, renderErrorCodes, renderPermissionCodes } from '../platform/modules/generate.js';

/** `npm run gen -w server`: writes the files derived from the module manifests (ADR 16). */
loadModules();
const out = (name: string) => fileURLToPath(new URL(`../modules/${name}`, import.meta.url));
writeFileSync(out('permission-codes.ts'), renderPermissionCodes(modules));
writeFileSync(out('error-codes.ts'), renderErrorCodes(modules));
const labels = (lang: string) =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../../web/src/i18n/areas/labels.${lang}.json`, import.meta.url)),
      'utf8',
    ),
  );
writeFileSync(
  fileURLToPath(new URL('../platform/audit/audit-words.ts', import.meta.url)),
  renderAuditWords(labels('zh-CN'), labels('en')),
);
console.log(
  'wrote src/modules/permission-codes.ts, src/modules/error-codes.ts and src/platform/audit/audit-words.ts',
);
