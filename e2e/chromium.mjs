// The system Chromium, headless, with the flags this kind of machine needs (no sandbox as root,
// no background network traffic the closed network would refuse). Used by the browser test and
// by bench/web-bytes.mjs.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
