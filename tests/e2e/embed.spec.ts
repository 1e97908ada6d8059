import { expect, test, type Frame, type Page } from '@playwright/test';

import { HOST_ORIGIN as HOST, MAP_ORIGIN } from './ports.ts';

/** Records Content-Security-Policy violations in every frame of the page. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
}
const violationsIn = (frame: Frame | Page) =>
  frame.evaluate(() => (window as unknown as { violations: string[] }).violations);

async function embedFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe[data-cloud-native-map]');
  const frame = (await element.contentFrame())!;
  await frame.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
  return frame;
}

test.describe('the iframe embed in a blog post on another site', () => {
  test('sizes itself to its content, applies its parameters, and keeps the host page where it is', async ({
    page,
  }) => {
    await watchViolations(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${HOST}/blog.html?problem=tracing,logging,metrics&theme=auto&id=obs`);
    const iframe = page.locator('iframe[data-cloud-native-map]');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await embedFrame(page);

    // Only the chosen problems are on the map: the embed lays them out as a small map of their own.
    const hubs = await frame.evaluate(() => {
      const api = (
        document.querySelector('[aria-roledescription="map"]') as unknown as {
          mapApi: { screenPosition(id: string): unknown };
        }
      ).mapApi;
      return ['problem:tracing', 'problem:logging', 'problem:metrics', 'problem:service-mesh'].map(
        (id) => api.screenPosition(id) !== null,
      );
    });
    expect(hubs).toEqual([true, true, true, false]);
    await expect(frame.getByRole('link', { name: 'Open in Cloud Native Map' })).toHaveAttribute(
      'href',
      `${MAP_ORIGIN}/?problem=tracing,logging,metrics`,
    );
    await expect(frame.getByRole('link', { name: 'Making Sense Out Of Cloud Native Buzz' })).toBeVisible();

    // Auto height: the iframe grows to its content, and grows again when details open.
    const contentHeight = () =>
      frame.evaluate(() => Math.ceil(document.querySelector('.cnm')!.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight())))
      .toBeLessThan(3);
    const before = (await iframe.boundingBox())!.height;

    // Clicking a node opens details inside the embed; the host page stays at the same URL and scroll position.
    const scroll = await page.evaluate(() => scrollY);
    const point = await frame.evaluate(() => {
      const api = (
        document.querySelector('[aria-roledescription="map"]') as unknown as {
          mapApi: { screenPosition(id: string): { x: number; y: number } };
        }
      ).mapApi;
      return api.screenPosition('project:jaeger');
    });
    const box = (await frame.locator('[aria-roledescription="map"]').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect(frame.getByRole('heading', { name: 'Jaeger', level: 2 })).toBeVisible();
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before + 100);
    expect(page.url()).toBe(`${HOST}/blog.html?problem=tracing,logging,metrics&theme=auto&id=obs`);
    expect(Math.abs((await page.evaluate(() => scrollY)) - scroll)).toBeLessThan(5);

    // Private and strict: no cookies, no storage, no CSP violations, no request to a third site.
    expect(await frame.evaluate(() => document.cookie)).toBe('');
    // Storage: untouched (Chromium may refuse a cross-site frame access altogether, which is fine too).
    expect(
      await frame.evaluate(() => {
        try {
          return localStorage.length;
        } catch {
          return 0;
        }
      }),
    ).toBe(0);
    expect(await violationsIn(frame)).toEqual([]);
    const foreign = requests.filter((url) => !url.startsWith(MAP_ORIGIN) && !url.startsWith(HOST));
    expect(foreign).toEqual([]);
  });

  test('filters to the chosen problems', async ({ page }) => {
    await page.goto(`${MAP_ORIGIN}/embed.html?problem=tracing&controls=full`);
    await page.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
    await page.locator('[aria-roledescription="map"]').focus();
    // Walk the whole visible map with the keyboard: only tracing and its projects are reachable.
    const seen = new Set<string>();
    for (const key of [
      'ArrowUp',
      'ArrowRight',
      'ArrowDown',
      'ArrowLeft',
      'PageDown',
      'PageDown',
      'PageDown',
    ]) {
      await page.keyboard.press(key);
      seen.add((await page.locator('[aria-roledescription="map"]').getAttribute('data-focused')) ?? '');
    }
    for (const id of seen)
      expect(id === 'article' || id === 'problem:tracing' || id.startsWith('project:')).toBe(true);
  });

  test('at= shows the landscape as it was on that day: fewer nodes the earlier the day', async ({ page }) => {
    const shownAt = async (query: string) => {
      await page.goto(`${MAP_ORIGIN}/embed.html${query}`);
      const element = page.locator('[aria-roledescription="map"][data-ready="true"]');
      await expect(element).toBeVisible();
      return Number(await element.getAttribute('data-shown'));
    };
    const today = await shownAt('');
    const article = await shownAt('?at=2020-12-10');
    const early = await shownAt('?at=2017-01-01');
    expect(article).toBeLessThan(today);
    expect(early).toBeLessThan(article);
    // Given a day, the embed shows the date control (only then: it is its own chunk).
    const slider = page.getByRole('slider', { name: 'Show the landscape as it was on' });
    await expect(slider).toHaveAttribute('aria-valuetext', '1 January 2017');
    await page.getByRole('button', { name: 'Next change' }).click();
    await expect(slider).not.toHaveAttribute('aria-valuetext', '1 January 2017');
    expect(
      Number(await page.locator('[aria-roledescription="map"]').getAttribute('data-shown')),
    ).toBeGreaterThan(early);
    await page.goto(`${MAP_ORIGIN}/embed.html`);
    await expect(page.locator('[aria-roledescription="map"][data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('slider')).toHaveCount(0);
  });

  test('applies theme, controls, height, search and tour parameters', async ({ page }) => {
    await page.goto(`${MAP_ORIGIN}/embed.html?theme=dark&controls=search&height=360&q=mtls`);
    await page.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor),
    ).toBe('rgb(11, 17, 32)');
    await expect(page.getByRole('combobox', { name: 'Search projects and problems' })).toHaveValue('mtls');
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    const mapBox = (await page.locator('.map-area').boundingBox())!;
    expect(Math.round(mapBox.height)).toBe(360);

    await page.goto(`${MAP_ORIGIN}/embed.html?controls=none&select=istio`);
    await expect(page.getByRole('heading', { name: 'Istio', level: 2 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
  });

  test('a plain mouse wheel scrolls the host page; Ctrl + wheel zooms the map', async ({ page }) => {
    await page.goto(`${MAP_ORIGIN}/embed.html`);
    const map = page.locator('[aria-roledescription="map"]');
    await page.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
    const zoom = Number(await map.getAttribute('data-zoom'));
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect(page.getByText('Use Ctrl + scroll')).toBeVisible();
    expect(Number(await map.getAttribute('data-zoom'))).toBe(zoom);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(zoom);
  });

  test('without JavaScript the snippet shows the static picture', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${HOST}/blog.html?problem=tracing`);
    const image = page.locator('noscript img, figure img').first();
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    await context.close();
  });
});

test.describe('the custom element', () => {
  test('renders inside a page with hostile global CSS, and leaves the page alone', async ({ page }) => {
    await watchViolations(page);
    await page.goto(`${HOST}/element.html?problem=tracing,logging&theme=light&controls=zoom`);
    const element = page.locator('cloud-native-map');
    const map = element.locator('[aria-roledescription="map"]');
    await expect(map).toHaveAttribute('data-ready', 'true');
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(Math.round(box.height)).toBe(480);
    // The page's * { color: #f0f } and canvas { visibility: hidden } do not reach inside.
    expect(await element.locator('canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
    expect(await element.locator('.credit').evaluate((c) => getComputedStyle(c).color)).not.toBe(
      'rgb(255, 0, 255)',
    );
    // Nor do the page's custom properties (--text, --font...) or its direction, set on the element itself.
    const root = element.locator('.cnm');
    expect(await root.evaluate((e) => getComputedStyle(e).fontSize)).toBe('15px');
    expect(await root.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    expect(await element.locator('.credit').evaluate((c) => getComputedStyle(c).color)).toBe(
      'rgb(71, 85, 105)',
    );
    expect(await element.locator('.embed').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(248, 250, 252)',
    );
    // The zoom buttons stay at the top right, clear of the credit line.
    const controls = (await element.getByRole('group', { name: 'Map view' }).boundingBox())!;
    const credit = (await element.locator('.credit').boundingBox())!;
    expect(controls.x + controls.width).toBeGreaterThan(box.x + box.width - 60);
    expect(controls.y + controls.height).toBeLessThan(credit.y);
    // ...and the element's styles do not leak out: the page's own paragraph keeps its hostile look.
    expect(await page.locator('#after').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(255, 0, 255)');
    // Its canvas really draws (some pixels are not blank).
    const painted = await element.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
      return count;
    });
    expect(painted).toBeGreaterThan(1000);
    await element.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect
      .poll(() => element.locator('.embed').evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe('rgb(11, 17, 32)');
    expect(await violationsIn(page)).toEqual([]);
  });
});

test.describe('hosting', () => {
  test('the build works from a sub-path: the app, its catalog, the embed and the static pictures', async ({
    page,
  }) => {
    await watchViolations(page);
    await page.goto(`${HOST}/tools/map/?select=etcd`);
    await page.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
    await expect(page.getByRole('heading', { name: 'etcd', level: 2 })).toBeVisible();
    await page.goto(`${HOST}/tools/map/embed.html?problem=tracing`);
    await page.waitForSelector('[aria-roledescription="map"][data-ready="true"]');
    await expect(page.getByRole('link', { name: 'Open in Cloud Native Map' })).toHaveAttribute(
      'href',
      `${HOST}/tools/map/?problem=tracing`,
    );
    const picture = await page.request.get(`${HOST}/tools/map/snapshots/problem-tracing.svg`);
    expect(picture.ok()).toBe(true);
    expect(await violationsIn(page)).toEqual([]);
  });

  test('the iframe fits its content in the dark theme too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(
      `${HOST}/blog.html?problem=tracing,logging,metrics&theme=auto&controls=search&height=360`,
    );
    const iframe = page.locator('iframe[data-cloud-native-map]');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await embedFrame(page);
    expect(
      await frame.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor),
    ).toBe('rgb(11, 17, 32)');
    const content = () =>
      frame.evaluate(() => Math.ceil(document.querySelector('.cnm')!.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content())))
      .toBeLessThan(3);
  });
});
