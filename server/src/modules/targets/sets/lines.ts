import { asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/client.js';
import { targetLines } from '../tables.js';
import { MONTHS } from './schemas.js';

/** One child's share in a set: its year and months (January first; null where no line is stored). */
export interface ChildLines {
  subjectType: 'unit' | 'user';
  id: string;
  year: bigint | null;
  months: (bigint | null)[];
  weight: number | null;
}

/** A share to store: every period given. */
export interface ChildValues {
  subjectType: 'unit' | 'user';
  id: string;
  year: bigint;
  months: bigint[];
  weight: number | null;
}

export const monthCode = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The periods of a set: the year, then its months. */
export function periodsOf(year: number): string[] {
  return [String(year), ...Array.from({ length: MONTHS }, (_v, i) => monthCode(year, i + 1))];
}

/** The lines of a set, by child (`<type>:<id>`), in the order they were stored. */
export async function linesOf(db: DbOrTx, setId: string, year: number): Promise<Map<string, ChildLines>> {
  const rows = await db
    .select()
    .from(targetLines)
    .where(eq(targetLines.setId, setId))
    .orderBy(asc(targetLines.subjectType), asc(targetLines.subjectId), asc(targetLines.period));
  const out = new Map<string, ChildLines>();
  for (const r of rows) {
    const key = `${r.subjectType}:${r.subjectId}`;
    let child = out.get(key);
    if (!child) {
      child = {
        subjectType: r.subjectType,
        id: r.subjectId,
        year: null,
        months: Array.from({ length: MONTHS }, () => null),
        weight: null,
      };
      out.set(key, child);
    }
    if (r.period === String(year)) {
      child.year = r.value;
      child.weight = r.weight;
    } else {
      const m = Number(r.period.slice(5, 7));
      if (r.period.startsWith(`${year}-`) && m >= 1 && m <= MONTHS) child.months[m - 1] = r.value;
    }
  }
  return out;
}

/** What the audit row records of a set's lines: per child, the year, months and weight as text. */
export function linesSnapshot(lines: Iterable<ChildLines | ChildValues>) {
  return [...lines].map((c) => ({
    subject: `${c.subjectType}:${c.id}`,
    year: c.year === null ? null : String(c.year),
    months: c.months.map((v) => (v === null ? null : String(v))),
    weight: c.weight,
  }));
}

/** Replaces the set's lines with these children's (one line per child and period). */
export async function replaceLines(tx: Tx, setId: string, year: number, children: readonly ChildValues[]) {
  await tx.delete(targetLines).where(eq(targetLines.setId, setId));
  const values = children.flatMap((c) => [
    {
      setId,
      subjectType: c.subjectType,
      subjectId: c.id,
      period: String(year),
      value: c.year,
      weight: c.weight,
    },
    ...c.months.map((v, i) => ({
      setId,
      subjectType: c.subjectType,
      subjectId: c.id,
      period: monthCode(year, i + 1),
      value: v,
      weight: null,
    })),
  ]);
  for (let i = 0; i < values.length; i += 1000)
    await tx.insert(targetLines).values(values.slice(i, i + 1000));
}
