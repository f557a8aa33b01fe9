import type { BadInputCases } from './types.js';

export const importCases: BadInputCases = {
  // Not multipart / no file: a field message on `file` (GBK, wrong type and header checks are in the import tests).
  'POST /api/customers/import': { url: '/api/customers/import', body: {}, field: 'file', as: 'director' },
};
