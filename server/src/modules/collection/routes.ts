import type { App } from '../../http/types.js';

/** AR-5, AR-6, AR-8, AR-9: receivables, aging, dunning, escalation, legal status, write-offs. */
export function collectionRoutes(_app: App) {}
