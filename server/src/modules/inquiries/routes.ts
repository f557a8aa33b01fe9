import type { App } from '../../http/types.js';

export function inquiryRoutes(_app: App) {}
