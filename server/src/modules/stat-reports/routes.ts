import type { App } from '../../http/types.js';

/** OPS-4: monthly and weekly statistics reports. */
export function statReportRoutes(_app: App) {}
