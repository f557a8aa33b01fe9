import { ApiError } from '../../api/client';
import type { TPlanLine, TPlanLineInput, TPurpose } from './hooks';
import { hoursOfLine } from './hours';

/** A line as the editor holds it: the server's line (id) or a new one (id null). */
export interface DraftLine {
  key: string;
  id: string | null;
  customer: { id: string; name: string };
  purpose: TPurpose;
  plannedOn: string;
  /** Hours as typed, at most one decimal ("1.5"). */
  plannedHours: string;
  note: string | null;
}

let counter = 0;
export const newKey = (): string => {
  counter += 1;
  return `new-${counter}`;
};

/** The server's lines (of the plan, or of a proposed change) as editor lines, in date order. */
export function draftOf(lines: readonly (Omit<TPlanLine, 'id'> & { id: string | null })[]): DraftLine[] {
  return lines.map((l) => ({
    key: l.id ?? newKey(),
    id: l.id,
    customer: l.customer,
    purpose: l.purpose,
    plannedOn: l.plannedOn,
    plannedHours: hoursOfLine(l),
    note: l.note,
  }));
}

/** What the API takes: a kept line names its id. */
export function inputOf(lines: readonly DraftLine[]): TPlanLineInput[] {
  return lines.map((l) => ({
    ...(l.id ? { id: l.id } : {}),
    customerId: l.customer.id,
    purpose: l.purpose,
    plannedOn: l.plannedOn,
    plannedHours: l.plannedHours,
    note: l.note,
  }));
}

/** Lines in the order people read a month: by date, then as entered. */
export function byDate(lines: readonly DraftLine[]): DraftLine[] {
  return [...lines].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
}

/**
 * The server's field messages on lines (`lines.3.customerId`) by the line's position in what
 * was sent, each with its field; other messages (the reason of a change …) by their own name.
 */
export function lineErrors(error: unknown): {
  byLine: Map<number, { field: string; message: string }[]>;
  other: Record<string, string>;
} {
  const byLine = new Map<number, { field: string; message: string }[]>();
  const other: Record<string, string> = {};
  if (!(error instanceof ApiError)) return { byLine, other };
  for (const [path, message] of Object.entries(error.fields)) {
    const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
    if (m) {
      const index = Number(m[1]);
      byLine.set(index, [...(byLine.get(index) ?? []), { field: m[2]!, message }]);
    } else other[path] = message;
  }
  return { byLine, other };
}
