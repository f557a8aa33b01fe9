import { describe, expect, it } from 'vitest';
import { loadMessages } from './messages';
import en from './messages-en';
import zhCN from './messages-zh-CN';

/** Every leaf as "a.b.c" → value. */
function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const zh = flatten(zhCN);
const english = flatten(en);

describe('translations', () => {
  it('zh-CN and en have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each([
    ['zh-CN', zh],
    ['en', english],
  ])('%s has no empty or non-text value', (_, messages) => {
    const bad = [...messages].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('both use the same {{placeholders}} in each message', () => {
    const vars = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = [...zh.keys()].filter((k) => vars(zh.get(k)).join() !== vars(english.get(k)).join());
    expect(differing).toEqual([]);
  });

  it('each language is loaded on its own, with the same messages', async () => {
    expect(await loadMessages['zh-CN']()).toBe(zhCN);
    expect(await loadMessages.en()).toBe(en);
  });
});
