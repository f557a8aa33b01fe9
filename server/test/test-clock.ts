/** The business time every test app starts at, and the date the demo company is loaded at. */
export const TEST_NOW = new Date('2026-03-02T01:00:00Z');
