export type Lang = 'zh-CN' | 'en';

/** zh-CN unless the client prefers English (Accept-Language: en…). */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'zh-CN';
  const first = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q)
    .find((p) => p.tag.startsWith('zh') || p.tag.startsWith('en'));
  return first?.tag.startsWith('en') ? 'en' : 'zh-CN';
}

export type Localized = Record<Lang, string>;
