// Approvals (我的审批 / 我的申请): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries"). No other module calls it yet.
export { manifest } from './manifest.js';
