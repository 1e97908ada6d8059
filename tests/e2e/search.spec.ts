import { expect, test } from '@playwright/test';
import { details, holdBack, map, mapReady, search } from './helpers.ts';

test.describe('search', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
  });

  test('"/" and Ctrl+K focus the search box', async ({ page }) => {
    await page.keyboard.press('/');
    await expect(search(page)).toBeFocused();
    await page.keyboard.type('x');
    await expect(search(page)).toHaveValue('x'); // "/" is not typed into the box
    await page.getByRole('button', { name: 'Read the article' }).focus();
    await page.keyboard.press('Control+k');
    await expect(search(page)).toBeFocused();
  });

  test('results appear as you type, with why they matched', async ({ page }) => {
    await search(page).fill('trace requests');
    const results = page.getByRole('listbox', { name: 'Results' });
    await expect(results.getByRole('option').first()).toContainText('Distributed tracing');
    await expect(results.getByRole('option', { name: /Jaeger/ })).toContainText('solves Distributed tracing');
    await expect(results.locator('mark').first()).toBeVisible();
    await expect(page).toHaveURL(/q=trace\+requests/);
  });

  test('typos still find the project', async ({ page }) => {
    await search(page).fill('prometeus');
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText(
      'Prometheus',
    );
  });

  test('arrow keys move through results and Enter opens the chosen one', async ({ page }) => {
    await search(page).fill('service mesh');
    await expect(page.getByRole('option').first()).toBeVisible();
    await search(page).press('ArrowDown');
    await search(page).press('ArrowDown');
    const second = page.getByRole('option').nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    const name = ((await second.locator('.label').textContent()) ?? '').trim();
    await search(page).press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(name);
  });

  test("Enter pressed right after a letter opens that query's best result, listed yet or not", async ({
    page,
  }) => {
    await search(page).fill('prometheus');
    await expect(page.getByRole('option').first()).toContainText('Prometheus');
    // The list shows a keystroke's results a frame after the map does: a letter and Enter in one task.
    await search(page).evaluate((input: HTMLInputElement) => {
      input.value = 'helm';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Helm');
  });

  test('matches stay lit on the map and the view frames them; Esc clears and restores the view', async ({
    page,
  }) => {
    const start = Number(await map(page).getAttribute('data-zoom'));
    await search(page).fill('mtls');
    await expect
      .poll(async () => Number(await map(page).getAttribute('data-zoom')))
      .toBeGreaterThan(start * 1.2);
    // The list view marks the matches too.
    await expect(page.locator('li.match[data-node="project:spire"]')).toBeVisible();
    await search(page).press('Escape');
    await expect(search(page)).toHaveValue('');
    await expect.poll(async () => Number(await map(page).getAttribute('data-zoom'))).toBeCloseTo(start, 2);
    await expect(page).not.toHaveURL(/q=/);
  });

  test('says so when nothing matches', async ({ page }) => {
    await search(page).fill('zzqqxxy');
    await expect(page.getByRole('status').filter({ hasText: 'No project or problem matches' })).toBeVisible();
  });

  test('nothing matching is not a dead end: the closest names, and the problems to browse', async ({
    page,
  }) => {
    await search(page).fill('kafkaesque');
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(suggestions.getByRole('option', { name: /Apache Kafka/ })).toBeVisible();
    await page.getByRole('button', { name: /Browse all \d+ problems/ }).click();
    await expect(suggestions.getByRole('option', { name: /Service mesh/ })).toBeVisible();
    await suggestions.getByRole('option', { name: /Service mesh/ }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Service mesh');
  });

  test('with no close name, the problems are still there to browse, by keyboard too', async ({ page }) => {
    await search(page).fill('zzqqxxy');
    await page.getByRole('button', { name: /Browse all \d+ problems/ }).click();
    await expect(search(page)).toBeFocused();
    await search(page).press('ArrowDown');
    const first = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    const name = ((await first.locator('.label').textContent()) ?? '').trim();
    await search(page).press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(name);
  });
});

test.describe('a shared search link', () => {
  test('opens with its results listed, and leaves the focus alone', async ({ page }) => {
    await page.goto('./?q=continuous+profiling');
    await mapReady(page);
    const results = page.getByRole('listbox', { name: 'Results' });
    await expect(results.getByRole('option', { name: /Pixie/ })).toBeVisible();
    await expect(search(page)).toHaveValue('continuous profiling');
    await expect(search(page)).not.toBeFocused();
    // The first Tab still goes where it always did, not into the list.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('its first frame shows its results, even when the search code comes late', async ({ page }) => {
    // The search engine is a chunk of its own, loaded beside the map's: hold it back.
    const release = await holdBack(page, /\/assets\/search-[\w-]+\.js$/);
    await page.goto('./');
    await mapReady(page);
    const whole = Number(await map(page).getAttribute('data-zoom'));
    await page.goto('./?q=mtls');
    await page.waitForTimeout(1000);
    // No map yet: the app waits for the engine rather than show the whole map and then jump.
    await expect(page.locator('[aria-roledescription="map"][data-ready="true"]')).toHaveCount(0);
    release();
    const first = await page.waitForFunction(
      () => {
        const element = document.querySelector('[aria-roledescription="map"][data-ready="true"]');
        return element ? Number(element.getAttribute('data-zoom')) : undefined;
      },
      null,
      { polling: 'raf' },
    );
    expect(await first.jsonValue()).toBeGreaterThan(whole * 1.2);
    await expect(page.locator('li.match[data-node="project:spire"]')).toBeVisible();
  });

  test('a query typed before the search code is here finds its matches once it is', async ({ page }) => {
    const release = await holdBack(page, /\/assets\/search-[\w-]+\.js$/);
    await page.goto('./');
    await mapReady(page);
    await search(page).fill('mtls');
    release();
    await expect(page.locator('li.match[data-node="project:spire"]')).toBeVisible();
    await expect(page).toHaveURL(/q=mtls/);
  });

  test('its list closes on a click elsewhere and comes back in the search box', async ({ page }) => {
    await page.goto('./?q=kubernetes+dashboard');
    await mapReady(page);
    const results = page.getByRole('listbox', { name: 'Results' });
    await expect(results.getByRole('option', { name: /Headlamp/ })).toBeVisible();
    await page.getByRole('heading', { name: 'Problems and projects' }).click();
    await expect(results).toBeHidden();
    await search(page).focus();
    await expect(results.getByRole('option', { name: /Headlamp/ })).toBeVisible();
  });
});

test.describe('filters', () => {
  test('by maturity and problem, with counts, OR within and AND across, mirrored in the URL', async ({
    page,
  }) => {
    await page.goto('./');
    await mapReady(page);
    const graduated = page.getByRole('checkbox', { name: /CNCF graduated/ });
    await graduated.check();
    await expect(page).toHaveURL(/maturity=graduated/);
    await page.getByRole('checkbox', { name: /Distributed tracing/ }).check();
    await expect(page).toHaveURL(/problem=tracing/);
    await page.getByRole('checkbox', { name: /Log aggregation/ }).check();
    await expect(page).toHaveURL(/problem=tracing,logging/);
    const list = page.getByRole('navigation', { name: 'Problems and projects' });
    await expect(list.getByRole('button', { name: 'Jaeger', exact: true })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Fluentd', exact: true })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Grafana Loki', exact: true })).toHaveCount(0); // not graduated
    await expect(list.getByRole('heading', { name: 'Service mesh' })).toHaveCount(0);
    await expect(page.getByText(/^\d+ projects? shown/)).toBeVisible();

    // Back undoes one filter change at a time.
    await page.goBack();
    await expect(page).toHaveURL(/problem=tracing(&|$)/);
    await expect(page.getByRole('checkbox', { name: /Log aggregation/ })).not.toBeChecked();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(graduated).not.toBeChecked();
    await expect(page).not.toHaveURL(/maturity=/);
  });
});

test.describe('URL state', () => {
  test('opening a shared link restores the view', async ({ page }) => {
    await page.goto('./?q=gateway&maturity=incubating&article=0&select=envoy&theme=dark');
    await expect(search(page)).toHaveValue('gateway');
    await expect(page.getByRole('checkbox', { name: /CNCF incubating/ })).toBeChecked();
    await expect(details(page).getByRole('heading', { name: 'Envoy', level: 2 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });

  test('unknown or malformed parameters are ignored, never a broken page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      './?select=%3Cscript%3E&problem=nope,,&maturity=legendary&tour=999&theme=neon&zoom=9&q=%E0%A4%A',
    );
    await mapReady(page);
    await expect(details(page)).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /CNCF graduated/ })).not.toBeChecked();
    expect(errors).toEqual([]);
  });

  test('typing replaces the history entry, a selection pushes one', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    await search(page).pressSequentially('kafka', { delay: 20 });
    await search(page).press('Enter');
    await expect(page).toHaveURL(/select=kafka/);
    await page.goBack();
    await expect(page).toHaveURL(/q=kafka/);
    await expect(page).not.toHaveURL(/select=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/q=/);
  });
});

// Beside the title on a laptop the search box is about 20rem wide, and the list was as wide: each result's
// reason ("solves Distributed tracing · also called: trace requests") was cut off at the match.
for (const [width, height] of [
  [1280, 800],
  [1024, 768],
  [800, 700],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the list shows each result's matched words whole, on the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await mapReady(page);
    await search(page).fill('trace req');
    const results = page.getByRole('listbox', { name: 'Results' });
    await expect(results.getByRole('option', { name: /Jaeger/ })).toBeVisible();
    const { list, cut } = await results.evaluate((ul) => {
      const box = (e: Element) => e.getBoundingClientRect();
      const list = box(ul.parentElement!);
      // A mark past its line's right edge is hidden by the line's ellipsis.
      const cut = [...ul.querySelectorAll('.why mark')]
        .filter((mark) => box(mark).right > box(mark.closest('.why')!).right + 0.5)
        .map((mark) => mark.closest('li')!.textContent);
      return { list: { left: list.left, right: list.right }, cut };
    });
    expect(cut).toEqual([]);
    expect(list.left).toBeGreaterThanOrEqual(0);
    expect(list.right).toBeLessThanOrEqual(width);
  });
}

test('a visit without a query asks for the search code only once the map is drawn', async ({ page }) => {
  // Evaluated on the way to the first map, the engine held the main thread while the map waited.
  await page.goto('./');
  await mapReady(page);
  const asked = () =>
    page.evaluate(() => ({
      search: performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/search-[\w-]+\.js$/.test(e.name))?.startTime,
      drawn: performance.getEntriesByName('cloud-native-map:interactive')[0]!.startTime,
    }));
  await expect.poll(async () => (await asked()).search).toBeDefined();
  const { search: requested, drawn } = await asked();
  expect(requested).toBeGreaterThanOrEqual(drawn);
});
