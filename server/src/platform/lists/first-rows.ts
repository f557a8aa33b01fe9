import { sql } from 'drizzle-orm';

/**
 * Selected beside the columns of a list's first rows: how many rows match in all, counted by the
 * same statement before its LIMIT (`count(*) over ()`). For a first page only: no rows means
 * none match. Lists that show their first rows and a total (the 待办 sections) read both in one
 * round trip this way.
 */
export const totalOfAll = sql<number>`(count(*) over ())::int`.mapWith(Number);
