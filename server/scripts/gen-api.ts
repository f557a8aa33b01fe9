import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { API_SCHEMA_FILE, renderApiSchema } from './api-schema.js';

/** `npm run gen:api`: regenerate web/src/api/schema.d.ts from the server's routes. */
await writeFile(API_SCHEMA_FILE, await renderApiSchema());
console.log(`wrote ${fileURLToPath(API_SCHEMA_FILE)}`);
