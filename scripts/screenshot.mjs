#!/usr/bin/env node
/**
 * `npm run screenshot`: builds nothing; serves dist/ with `vite preview`, opens the app in the system
 * Chromium and writes the pictures the README shows: docs/screenshot.png (light, desktop), the search,
 * a filtered view, and the dark phone in the tour and on the whole map. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
// A free port, never a stranger's server.
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
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
      file: 'docs/screenshot-filtered.png',
      url: `${base}?problem=tracing,logging,metrics`,
      width: 1440,
      height: 860,
      scheme: 'light',
    },
    {
      file: 'docs/screenshot-dark-phone-map.png',
      url: base,
      width: 390,
      height: 844,
      scheme: 'dark',
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
