import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, renderApiSchema } from '../scripts/api-schema.js';

describe('web client types', () => {
  it('web/src/api/schema.d.ts is what the routes say (else run npm run gen:api)', async () => {
    const committed = await readFile(API_SCHEMA_FILE, 'utf8');
    expect(committed === (await renderApiSchema()), 'web/src/api/schema.d.ts is stale: npm run gen:api').toBe(
      true,
    );
  }, 60_000);
});
