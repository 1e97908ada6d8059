/**
 * The dimmed layer (src/components/map/dimLayer.ts) shows what a full redraw shows. A highlight (a search,
 * a hover) over a map that holds still draws the dimmed nodes as one image painted earlier; this paints
 * frames through the map's own paint loop in Chromium and compares each, pixel by pixel, with the same
 * frame painted whole. Between highlights the theme, zoom, size, layout, filters, day and pixel ratio
 * change: a layer kept past any of those would show the old map under the new highlight.
 *
 * The layer is painted between frames, once the map holds still, never inside a frame.
 *
 * A lit node is drawn over its own dimmed self instead of over nothing, so the anti-aliased rims of lit
 * shapes may differ by a few levels; the bounds below allow that and nothing like a stale picture (a
 * stale layer differs on thousands of pixels by far more).
 */
import { expect, test, type Page } from '@playwright/test';
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import type { FrameSpec, Painted } from './harness/dimLayerPage.ts';

/** The logo sprite is Svelte state, which esbuild does not compile; the map has no logos here anyway. */
const noLogos: Plugin = {
  name: 'no-logos',
  setup(b) {
    b.onResolve({ filter: /logoSprite\.svelte\.ts$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const mapLogos = () => null;',
    }));
  },
};

let script = '';
test.beforeAll(async () => {
  const result = await build({
    entryPoints: ['tests/e2e/harness/dimLayerPage.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    plugins: [noLogos],
  });
  script = result.outputFiles[0]!.text;
});

/** Close to a full redraw: differences only on the rims of lit shapes. */
function expectSamePicture(painted: Painted, what: string) {
  const worst = JSON.stringify(painted.worst);
  expect(painted.largest, `${what}: largest channel difference (${worst})`).toBeLessThanOrEqual(MAX_LEVELS);
  expect(painted.differing / painted.pixels, `${what}: share of pixels that differ (${worst})`).toBeLessThan(
    MAX_SHARE,
  );
}
const MAX_LEVELS = 24;
const MAX_SHARE = 0.005;

async function open(page: Page) {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: script });
  const yaml = readFileSync('data/catalog.yaml', 'utf8');
  await page.evaluate((text) => {
    (window as unknown as { map: unknown }).map = window.dimLayerPage.setup(text);
  }, yaml);
  const transform = await page.evaluate(() =>
    (window as unknown as { map: { fitted(w: number, h: number): FrameSpec['transform'] } }).map.fitted(
      600,
      400,
    ),
  );
  const paint = (spec: FrameSpec) =>
    page.evaluate(
      (s) => (window as unknown as { map: { paint(s: FrameSpec): Promise<Painted> } }).map.paint(s),
      spec,
    );
  const base: FrameSpec = {
    theme: 'light',
    transform,
    width: 600,
    height: 400,
    dpr: 1,
    lit: -1,
    shift: 0,
    filtered: false,
    day: false,
    hovered: false,
    selected: false,
    focused: false,
  };
  return { paint, base };
}

test('a highlight over the dimmed layer looks like the same frame painted whole', async ({ page }) => {
  const { paint, base } = await open(page);
  const plain = await paint(base);
  expect(plain.layerDraws).toBe(0);
  expect(plain.differing).toBe(0);
  // The page idles: the layer is painted ahead of the first highlight.
  await page.waitForTimeout(400);
  for (const [n, spec] of [
    { ...base, lit: 0, hovered: true },
    { ...base, lit: 1, selected: true },
    { ...base, lit: 2, hovered: true, selected: true, focused: true },
    { ...base, theme: 'dark' as const, lit: 2 },
  ].entries()) {
    const painted = await paint(spec);
    // The first three only change the highlight: they draw the layer (the test is not vacuous).
    if (n < 3) expect(painted.layerDraws, `frame ${n}`).toBe(1);
    expectSamePicture(painted, `frame ${n}`);
  }
});

test('no change of theme, zoom, size, layout, filters, day or pixel ratio shows an old layer', async ({
  page,
}) => {
  const opened = await open(page);
  const { paint } = opened;
  // Zoomed in about the middle, so the map runs past every edge and a bigger canvas shows more of it.
  const f = opened.base.transform;
  const t = { k: f.k * 1.8, x: 300 - (300 - f.x) * 1.8, y: 200 - (200 - f.y) * 1.8 };
  const base = { ...opened.base, transform: t };
  await paint(base);
  await page.waitForTimeout(400);
  expect((await paint({ ...base, lit: 0 })).layerDraws).toBe(1);
  // One thing at a time, each from the map as the last step left it.
  const changes: Array<[string, (s: FrameSpec) => Partial<FrameSpec>]> = [
    ['dark theme', () => ({ theme: 'dark' })],
    ['zoomed', (s) => ({ transform: { ...s.transform, k: s.transform.k * 1.4 } })],
    ['panned sideways', (s) => ({ transform: { ...s.transform, x: s.transform.x + 37 } })],
    ['panned down', (s) => ({ transform: { ...s.transform, y: s.transform.y + 23 } })],
    ['wider', () => ({ width: 720 })],
    ['taller', () => ({ height: 460 })],
    ['new layout', () => ({ shift: 9 })],
    ['filtered', () => ({ filtered: true })],
    ['a past day', () => ({ day: true })],
    ['pixel ratio 2', () => ({ dpr: 2 })],
  ];
  let spec = { ...base, lit: 0 };
  for (const [what, change] of changes) {
    // The change itself, with the same highlight, then a new highlight over the changed map.
    spec = { ...spec, ...change(spec) };
    expectSamePicture(await paint(spec), what);
    // The map holds still a moment: its new layer is painted between frames.
    await page.waitForTimeout(300);
    spec = { ...spec, lit: (spec.lit + 1) % 3 };
    const again = await paint(spec);
    expect(again.layerDraws, `${what}, highlight changed`).toBe(1);
    expectSamePicture(again, `${what}, highlight changed`);
  }
});
