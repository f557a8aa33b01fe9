// Request and response schemas of this module (zod); the web client's types come from here via api-types.ts.
export {};
