#!/usr/bin/env node
// The installed app's icons (web/public/icons/*.png) drawn from the same mark as favicon.svg,
// rendered by the system Chromium: `node scripts/make-icons.mjs`. The PNGs are committed; run
// this again only when the mark changes.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'web', 'public', 'icons');
const BLUE = '#1677ff';

/**
 * The mark at `size` px. `rounded`: a rounded square on transparent ground (purpose "any");
 * otherwise the blue fills the square and the character sits in the middle 80 % (purpose
 * "maskable", and iOS, which rounds the corners itself).
 */
function svg(size, rounded) {
  const radius = rounded ? 12 : 0;
  const font = rounded ? 36 : 30;
  const baseline = rounded ? 44 : 42.5;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
    <rect width="64" height="64" rx="${radius}" fill="${BLUE}"/>
    <text x="32" y="${baseline}" font-size="${font}" text-anchor="middle" fill="#fff"
      font-family="'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif">销</text>
  </svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, rounded: true },
  { file: 'icon-512.png', size: 512, rounded: true },
  { file: 'icon-maskable-512.png', size: 512, rounded: false },
  { file: 'apple-touch-icon.png', size: 180, rounded: false },
];

mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const { file, size, rounded } of icons) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(size, rounded)}</body></html>`,
    );
    await page.screenshot({ path: path.join(out, file), omitBackground: true });
    console.log(`wrote web/public/icons/${file}`);
  }
} finally {
  await browser.close();
}
