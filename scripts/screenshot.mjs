#!/usr/bin/env node
/**
 * `npm run screenshot`: builds nothing; serves dist/ with `vite preview`, opens the app in the system
 * Chromium and writes docs/screenshot.png (light, desktop) and docs/screenshot-dark-phone.png, the
 * pictures the README shows. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const port = 4180;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 50; i++) {
  if (
    await fetch(base).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const shots = [
    { file: 'docs/screenshot.png', url: base, width: 1440, height: 860, scheme: 'light' },
    {
      file: 'docs/screenshot-search.png',
      url: `${base}?q=trace%20requests&select=jaeger`,
      width: 1440,
      height: 860,
      scheme: 'light',
    },
    {
      file: 'docs/screenshot-dark-phone.png',
      url: `${base}?tour=6`,
      width: 390,
      height: 844,
      scheme: 'dark',
    },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
    });
    await page.goto(shot.url);
    await page.waitForTimeout(2000);
    await page.mouse.move(0, shot.height - 1);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
