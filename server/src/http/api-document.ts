import type { Database } from '../db/client.js';
import { BusinessClock } from '../platform/clock.js';
import { buildApp } from './app.js';

/** The OpenAPI document as /api/openapi.json serves it: every registered route, no database needed. */
export async function apiDocument(): Promise<Record<string, unknown>> {
  // Registering routes reads no data: the app is assembled over a database it never queries.
  const database = { db: {} } as unknown as Database;
  const { app } = await buildApp({ database, clock: new BusinessClock(), logLevel: 'silent' });
  await app.ready();
  const doc = structuredClone(app.swagger()) as Record<string, unknown>;
  await app.close();
  return doc;
}
