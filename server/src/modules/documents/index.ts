// documents: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { approveBorrow, requestBorrow, returnBorrow, signBorrow } from './borrow.js';
// DOC-1 … DOC-4: the use cases another module (or the demo data) may call.
export { createDocument } from './catalogue.js';
export { manifest } from './manifest.js';
// Read models: the catalogue and the loans, for reads and joins in SQL only (writes go through this module).
export { documentBorrows, documents, documentVersions } from './tables.js';
