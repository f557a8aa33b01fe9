import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { apiDocument } from '../src/http/api-document.js';

/** Where the web client's route → type map is committed. */
export const API_SCHEMA_FILE = new URL('../../web/src/api/schema.d.ts', import.meta.url);

const HEADER = `/**
 * The API's routes with their request and response types, as they travel as JSON.
 * Generated from the server's route registry (its OpenAPI document) by \`npm run gen:api\`;
 * do not edit. A server test fails while this file differs from what the routes say.
 */

`;

interface Operation {
  responses?: Record<string, unknown>;
}

/**
 * The web client's type map: openapi-typescript over the OpenAPI document. Every route answers
 * errors in one shape (ZErrorBody), which the client turns into ApiError, so only the success
 * responses are kept.
 */
export async function renderApiSchema(): Promise<string> {
  const doc = await apiDocument();
  for (const item of Object.values(doc.paths as Record<string, Record<string, Operation>>)) {
    for (const op of Object.values(item)) {
      for (const status of Object.keys(op.responses ?? {})) {
        if (!status.startsWith('2')) delete op.responses?.[status];
      }
    }
  }
  const ast = await openapiTS(doc as unknown as OpenAPI3, { silent: true });
  return HEADER + astToString(ast);
}
