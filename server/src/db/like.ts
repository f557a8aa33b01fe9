/** An ILIKE pattern matching text that contains `text` literally (%, _ and \ escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}
