import type { Localized } from '../i18n/lang.js';
import type { JobDef } from './registry.js';

const PAIR = /^([A-Za-z]\w*)=(\S+)$/;

/**
 * A run's message (`key=value …`, what run() returns) as a sentence in both languages, from the
 * job's summary phrases; null when the message is not of that shape or names a key the job has
 * no phrase for (an error's text, shown as it is).
 */
export function jobSummary(def: Pick<JobDef, 'summary'>, message: string | null): Localized | null {
  if (!message) return null;
  const parts = message.trim().split(/\s+/);
  const phrases: { zh: string[]; en: string[] } = { zh: [], en: [] };
  for (const part of parts) {
    const [, key, value] = PAIR.exec(part) ?? [];
    const phrase = key ? def.summary?.[key] : undefined;
    if (!phrase || value === undefined) return null;
    phrases.zh.push(phrase['zh-CN'].replaceAll('{{value}}', value));
    phrases.en.push(phrase.en.replaceAll('{{value}}', value));
  }
  return { 'zh-CN': phrases.zh.join('，'), en: phrases.en.join(', ') };
}
