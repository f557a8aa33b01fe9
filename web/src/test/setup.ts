import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// A Chinese browser unless a test says otherwise (the UI's first language).
Object.defineProperty(window.navigator, 'language', { value: 'zh-CN', configurable: true });
// As main.tsx does: render only once the first language's messages are loaded (after the line
// above, so the language is Chinese).
await (await import('../i18n')).i18nReady;

// jsdom lacks these; antd's responsive helpers and measurements call them.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
