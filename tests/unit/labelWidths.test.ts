/**
 * The map's label fonts are measured while the page waits for its catalog (App.svelte), so the first
 * frame's labels find the common characters measured: a name in plain ASCII costs no `measureText`, and
 * the graph's other characters are measured once each.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { FONT_PROBLEM, FONT_PROJECT } from '../../src/lib/render/labelRules.ts';

beforeEach(() => vi.resetModules());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('the common characters are measured ahead, a font per task; the rest once, as labels use them', async () => {
  vi.useFakeTimers();
  const measured: string[] = [];
  const fake = {
    font: '',
    measureText: (text: string) => (measured.push(text), { width: text.length * 7 }),
  };
  const ctx = fake as unknown as CanvasRenderingContext2D;
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => fake }) });
  const { measure, measureLabelChars, measureLabelFontsSoon } =
    await import('../../src/components/map/labelWidths.ts');

  measureLabelFontsSoon();
  expect(measured).toEqual([]); // nothing in the caller's task
  vi.advanceTimersToNextTimer();
  expect(measured).toHaveLength(95); // one font's printable ASCII in the first task
  vi.runAllTimers();
  const ahead = measured.length;
  expect(ahead).toBe(3 * 95);

  expect(measure(ctx, 'Prometheus 2.0 (CNCF)', FONT_PROJECT)).toBe(21 * 7);
  expect(measure(ctx, 'Service mesh & proxy', FONT_PROBLEM)).toBe(20 * 7);
  expect(measured).toHaveLength(ahead);

  // A graph's labels: only what is not plain ASCII is measured, once per font, astral characters whole.
  measureLabelChars(['Café', 'Crème', 'Kubernetes', 'Café 🚀'], ctx);
  expect(new Set(measured.slice(ahead))).toEqual(new Set(['é', 'è', '🚀']));
  expect(measured.length - ahead).toBe(3 * 3);
  measure(ctx, 'Crème café 🚀', FONT_PROJECT);
  expect(measured.length - ahead).toBe(9);
});

test('a page that did not measure ahead measures exactly the characters its labels use', async () => {
  const measured: string[] = [];
  const fake = { font: '', measureText: (text: string) => (measured.push(text), { width: 7 }) };
  const { measureLabelChars } = await import('../../src/components/map/labelWidths.ts');
  measureLabelChars(['Jaeger', 'Zipkin'], fake as unknown as CanvasRenderingContext2D);
  // J a e g r Z i p k n: ten characters, in each of the three label fonts.
  expect(measured).toHaveLength(10 * 3);
});
