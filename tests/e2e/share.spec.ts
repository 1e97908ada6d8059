import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { mapReady } from './helpers.ts';

test('"Embed this view" gives a snippet for the current view, a copy button and a live preview', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?problem=tracing,logging,metrics&select=jaeger');
  await mapReady(page);
  await page.getByText('Share').click();
  await page.getByRole('button', { name: 'Embed this view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const snippet = dialog.getByRole('textbox', { name: 'The HTML to paste into your post' });
  await expect(snippet).toHaveValue(/embed\.html\?problem=tracing,logging,metrics&amp;select=jaeger/);
  await expect(snippet).toHaveValue(
    /sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"/,
  );
  await expect(snippet).toHaveValue(/loading="lazy"/);
  await expect(snippet).toHaveValue(/<noscript>/);
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Controls').selectOption('search');
  await expect(snippet).toHaveValue(/theme=dark&amp;controls=search/);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  const preview = page.frameLocator('iframe[title="Preview of the embedded map"]');
  await expect(preview.getByRole('heading', { name: 'Jaeger', level: 2 })).toBeVisible();
  await dialog.getByLabel('A custom element (needs a script tag)').check();
  await expect(snippet).toHaveValue(
    /^<cloud-native-map problem="tracing,logging,metrics" select="jaeger" theme="dark"/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('downloads the view as SVG and PNG, and the catalog as YAML that loads back the same', async ({
  page,
}) => {
  await page.goto('./?problem=tracing');
  await mapReady(page);
  const save = async (name: string) => {
    await page.getByText('Share').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  };
  const svg = await save('Download the view as SVG');
  expect(svg.name).toBe('cloud-native-map-tracing.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg[^>]+role="img"/);
  expect(text).toContain('Distributed tracing');
  expect(text).toContain('Making Sense Out Of Cloud Native Buzz');

  const png = await save('Download the view as PNG');
  expect(png.name).toBe('cloud-native-map-tracing.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const yaml = await save('Download the catalog (YAML)');
  const original = parseCatalog(readFileSync('data/catalog.yaml'), 'catalog.yaml');
  const again = parseCatalog(yaml.bytes, yaml.name);
  expect(again.ok && original.ok && again.catalog).toEqual(original.ok && original.catalog);
});
