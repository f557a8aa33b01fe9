import { Grid, theme } from 'antd';

/** antd's `md` breakpoint as a media query (the theme's screenMD, 768 px by default). */
export function mdQuery(screenMD: number): string {
  return `(min-width: ${screenMD}px)`;
}

/** Whether the window is at least antd's `md` wide now (before antd's observer has answered). */
function wideNow(screenMD: number): boolean | undefined {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
  return window.matchMedia(mdQuery(screenMD)).matches;
}

/**
 * Narrower than antd's `md` breakpoint: a phone. The first render already knows (matchMedia), so
 * a phone never mounts the desktop shell first; afterwards it follows the window (rotation).
 */
export function usePhone(): boolean {
  const { token } = theme.useToken();
  // antd's observer answers after the first render; until then the media query itself does.
  const md = Grid.useBreakpoint().md ?? wideNow(token.screenMD);
  return md === false;
}
