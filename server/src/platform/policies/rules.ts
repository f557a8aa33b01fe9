import type { Localized } from '../i18n/lang.js';
import catalogue from './rule-catalogue.json' with { type: 'json' };

export interface RuleEntry {
  id: string;
  /**
   * The regulation's own words: in Chinese the original sentence of the source text (which
   * decides), in English the catalogue's reading of it (REGULATIONS.md).
   */
  source: Localized;
  /** What the system does about it. */
  system: Localized;
}
export interface RuleChapter {
  id: string;
  title: Localized;
  rules: RuleEntry[];
}

/**
 * The regulations catalogue: REGULATIONS.md's rules, each with the original Chinese sentence
 * of the source text (`sourceZh`) beside the catalogue's English reading, and what the system
 * does in both languages.
 */
export const ruleCatalogue: RuleChapter[] = catalogue.map((c) => ({
  id: c.id,
  title: { 'zh-CN': c.titleZh, en: c.title },
  rules: c.rules.map((r) => ({
    id: r.id,
    source: { 'zh-CN': r.sourceZh, en: r.source },
    system: { 'zh-CN': r.systemZh, en: r.system },
  })),
}));

const byId = new Map(ruleCatalogue.flatMap((c) => c.rules.map((r) => [r.id, r] as const)));

export function ruleById(id: string): RuleEntry | undefined {
  return byId.get(id);
}
