import catalogue from './rule-catalogue.json' with { type: 'json' };

export interface RuleEntry {
  id: string;
  /** The regulation's own words (the source column of the catalogue). */
  source: string;
  /** What the system does about it. */
  system: string;
}
export interface RuleChapter {
  id: string;
  title: string;
  rules: RuleEntry[];
}

/** The regulations catalogue (generated from REGULATIONS.md by scripts/import-regulations.mjs). */
export const ruleCatalogue: RuleChapter[] = catalogue;

const byId = new Map(ruleCatalogue.flatMap((c) => c.rules.map((r) => [r.id, r] as const)));

export function ruleById(id: string): RuleEntry | undefined {
  return byId.get(id);
}
