/**
 * Money typed as yuan in a spreadsheet cell ("12,345.60", "¥800", "800元", or a number cell)
 * as fen digits, by string arithmetic — never through a float. Blank → null; anything else
 * that is not a non-negative amount with at most two decimals → undefined (invalid).
 */
export function yuanToFen(text: string): string | null | undefined {
  const t = text
    .normalize('NFKC')
    .replace(/[\s,¥￥]/g, '')
    .replace(/元$/, '');
  if (t === '') return null;
  const m = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return undefined;
  const fen = `${m[1]}${(m[2] ?? '').padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  return fen;
}

/** A cell listing several values ("重点, 华东；老客户") as the values. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，;；、|\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
