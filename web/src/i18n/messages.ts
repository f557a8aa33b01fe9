import type { Tree } from './catalogue';

/**
 * Each language's messages are loaded on demand (a dynamic import, so a chunk per language):
 * the browser fetches only the language it shows, and the other one on a switch.
 */
export const loadMessages: Record<'zh-CN' | 'en', () => Promise<Tree>> = {
  'zh-CN': async () => (await import('./messages-zh-CN')).default,
  en: async () => (await import('./messages-en')).default,
};
