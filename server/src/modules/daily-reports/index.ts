// daily-reports: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// OPS-2: the day figures read model (per rep and unit) and a unit's report of a day (OPS-6).
export { type DayFigures, dayFigures, type PersonDay, unitsWithReps } from './day-figures.js';
export { generateDayReports, unitDayReport } from './generate-reports.js';
export { manifest } from './manifest.js';
export { type TDayFigures, ZDayFigures } from './schemas.js';
// Read models: the daily reports, for reads and joins in SQL only (writes go through this module).
export { dailyReports } from './tables.js';
