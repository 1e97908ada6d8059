/**
 * A Content-Security-Policy on every page of the build, for hosts that cannot send headers
 * (GitHub Pages): a meta tag carries what a meta tag can hold (scripts/securityHeaders.ts).
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { META_CONTENT_SECURITY_POLICY } from '../../scripts/securityHeaders.ts';
import { mapReady } from './helpers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const metaPolicy = (html: string) =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];

test('every HTML page of the build carries a Content-Security-Policy meta tag before anything it loads', () => {
  const pages = htmlFiles('dist');
  expect(pages).toContain(join('dist', 'index.html'));
  const missing = pages.filter((page) => {
    const html = readFileSync(page, 'utf8');
    const policy = metaPolicy(html);
    if (!policy || /frame-ancestors|report-uri|sandbox/.test(policy)) return true;
    // A policy covers only what comes after it: no script or stylesheet before the tag.
    const before = html.slice(0, html.indexOf('http-equiv="Content-Security-Policy"'));
    return /<script|<link[^>]+stylesheet|<style/i.test(before);
  });
  expect(missing).toEqual([]);
  expect(metaPolicy(readFileSync('dist/index.html', 'utf8'))).toBe(META_CONTENT_SECURITY_POLICY);
});

test('without any header, the app runs under its meta policy: it works, and injected script does not run', async ({
  page,
}) => {
  // A host that sends no headers: drop the Content-Security-Policy header the preview server sends.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('./?select=jaeger');
  await mapReady(page);
  await expect(page.getByRole('heading', { name: 'Jaeger', level: 2 })).toBeVisible();
  expect(violations).toEqual([]);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  // The logo sprite may still be on its way (it loads in idle time): let the test end without it.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
