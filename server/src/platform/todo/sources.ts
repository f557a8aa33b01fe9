import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../context.js';
import type { Localized } from '../i18n/lang.js';

/**
 * One piece of work in someone's 待办: what, for whom, how much, due when, and where it opens.
 * Every module that creates work for people feeds 待办 through a `TodoSource` in its manifest
 * (`todoSources`); the todo module reads them all (ADR 22).
 */
export interface TodoRow {
  /** The source's key (filled in by the todo module). */
  source?: string;
  /** Unique within the source, e.g. the payment's id. */
  id: string;
  /** What to do, e.g. 确认回款 HK-2026-0012. */
  title: Localized;
  /** For whom / about what: the customer's name, the person asking, the contract number. */
  subject: string | null;
  /** How much, in fen, if money is involved. */
  amountFen: string | null;
  /** When it is due (null: no date). */
  dueAt: Date | null;
  overdue: boolean;
  /** Where the row opens in the web app. */
  link: string | null;
  /** One more line: "第 2 / 3 步 · 折扣 12%", the escalation level, the reason. */
  detail?: Localized | null;
  /** What the row lets the person do from 待办 right away (e.g. approve: the request and step). */
  action?: { kind: string; ids: Record<string, string> } | null;
}

export interface TodoSection {
  items: TodoRow[];
  total: number;
}

/** How 待办 is asked for: `overdueOnly` lists only the rows past due (逾期事项). */
export interface TodoQuery {
  overdueOnly?: boolean;
}

export interface TodoSource {
  /** `<module>.<what>`, e.g. `receivables.paymentsToConfirm`. */
  key: string;
  /** The section's heading in 待办, e.g. 待确认回款. */
  label: Localized;
  /**
   * The number of the actor's items, as one SQL expression (a scalar subquery): the badge reads
   * every source's count in one statement.
   */
  count(db: DbOrTx, actor: Actor, now: Date): SQL | Promise<SQL>;
  /**
   * The first `limit` rows, overdue first, then by due date; and the total. A source that reads
   * `query.overdueOnly` says so with `filtersOverdue`; otherwise the todo module keeps the
   * overdue rows of what it returns.
   */
  first(db: DbOrTx, actor: Actor, now: Date, limit: number, query?: TodoQuery): Promise<TodoSection>;
  /** The source honours `query.overdueOnly` itself (its total counts the overdue rows only). */
  filtersOverdue?: boolean;
  /** Where the section stands in 待办 (smaller first; unranked sections last, in module order). */
  rank?: number;
  /**
   * Due items (platform/deadlines) this source lists as its own rows: the section of the
   * remaining due items leaves them out, so nothing is listed twice.
   */
  coversDueItems?: { kinds?: readonly string[]; subjectTypes?: readonly string[] };
}

const sources = new Map<string, TodoSource>();

/** A kind of work for 待办; its module lists it in the manifest's `todoSources`. */
export function defineTodoSource(def: TodoSource): TodoSource {
  return def;
}

/** Called by the module kernel for each manifest's to-do sources. */
export function registerTodoSource(def: TodoSource): void {
  if (sources.has(def.key)) throw new Error(`to-do source ${def.key} defined twice`);
  sources.set(def.key, def);
}

/** Every registered source, ranked (then in module order). */
export function todoSources(): TodoSource[] {
  const all = [...sources.values()];
  const rankOf = (s: TodoSource) => s.rank ?? Number.MAX_SAFE_INTEGER;
  return all
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rankOf(a.s) - rankOf(b.s) || a.i - b.i)
    .map((x) => x.s);
}

/** Due-item kinds and subject types some source lists as its own (TodoSource.coversDueItems). */
export function dueItemsCoveredBySources(): { kinds: string[]; subjectTypes: string[] } {
  const all = [...sources.values()];
  return {
    kinds: all.flatMap((s) => s.coversDueItems?.kinds ?? []),
    subjectTypes: all.flatMap((s) => s.coversDueItems?.subjectTypes ?? []),
  };
}
