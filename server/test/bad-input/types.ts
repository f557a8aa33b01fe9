export const nil = '00000000-0000-4000-8000-000000000000';

/**
 * Bad input per write route. `as`: who sends it (default admin); routes admin may not call
 * are tried by someone who may. `field: ''` for a route without a body (only "no 500" is checked).
 */
export type BadInputCases = Record<string, { url: string; body?: unknown; field: string; as?: string }>;
