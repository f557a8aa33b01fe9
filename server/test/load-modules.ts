import { loadModules } from '../src/modules/index.js';

// Policies, approval flows, jobs, domain-event handlers … of every module (ADR 16), for test
// files that call use cases directly as well as those that build the app.
loadModules();
