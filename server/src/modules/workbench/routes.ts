import type { App } from '../../http/types.js';

/** OPS-5: the 工作台 of each role and the 销售状况一览表. */
export function workbenchRoutes(_app: App) {}
