// Notifications (通知): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Queries: the unread count (the to-do badge).
export { unreadCountQuery } from './notifications.js';
