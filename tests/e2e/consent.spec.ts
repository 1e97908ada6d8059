/**
 * Consent that a redirect cannot sidestep, and errors that say what really happened: refused
 * addresses, a failed first catalog, and a catalog from another site in Share → Embed and in the
 * embed itself. Other sites are simulated with routes (https, so the policy's connect-src allows them).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mapReady } from './helpers.ts';
import { HOST_ORIGIN } from './ports.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');
/** A catalog that shows who served it: its first project is named after the site. */
const catalogFrom = (site: string) => minimal.replace('name: Jaeger', `name: Served by ${site}`);
const notice = (page: Page) => page.getByRole('alertdialog');

/** Serves `site`'s catalog at https://site/catalog.yaml, readable from the map's origin. */
async function serveCatalog(page: Page, site: string) {
  await page.route(`https://${site}/catalog.yaml`, (route) =>
    route.fulfill({
      body: catalogFrom(site),
      headers: { 'content-type': 'application/yaml', 'access-control-allow-origin': '*' },
    }),
  );
}

/**
 * Another site that really answers: Playwright does not route the request a redirect leads to, so a
 * redirect must end on a real server, the test host (plain http on localhost). The map's policy allows
 * other sites over https only, so for these tests its pages come without the policy (header and meta).
 */
const SITE_B = `${HOST_ORIGIN}/tools/map/catalog.yaml`;
async function withoutPolicy(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    await route.fulfill({ response, headers, body });
  });
}

async function redirect(page: Page, pattern: string, to: string) {
  await page.route(pattern, (route) =>
    route.fulfill({ status: 302, headers: { location: to, 'access-control-allow-origin': '*' } }),
  );
}

test.describe('redirects', () => {
  // The test host is another loopback origin: Chromium asks before a page reaches one.
  test.use({ permissions: ['local-network-access'] });

  test("a redirect from the map's own site to another site asks first, naming the real site", async ({
    page,
  }) => {
    await withoutPolicy(page);
    await redirect(page, '**/moved.yaml', SITE_B);
    await page.goto('./?catalog=moved.yaml');
    const host = new URL(HOST_ORIGIN).host;
    await expect(notice(page)).toContainText(`Load a catalog from ${host}?`);
    await expect(notice(page)).toContainText('which redirects to another site');
    await notice(page).getByRole('button', { name: 'Load it' }).click();
    await expect(notice(page)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`catalog=${encodeURIComponent(SITE_B).replace(/\./g, '\\.')}`));
    await mapReady(page);
  });

  test('consent for one site does not carry over to the site it redirects to', async ({ page }) => {
    await withoutPolicy(page);
    await redirect(page, 'https://a.example/catalog.yaml', SITE_B);
    await page.goto('./?catalog=https://a.example/catalog.yaml');
    await expect(notice(page)).toContainText('Load a catalog from a.example?');
    await notice(page).getByRole('button', { name: 'Load it' }).click();
    await expect(notice(page)).toContainText(`Load a catalog from ${new URL(HOST_ORIGIN).host}?`);
    await expect(notice(page)).toContainText('https://a.example/catalog.yaml');
  });
});

for (const address of ['javascript:alert(1)', 'data:text/yaml,article:', 'file:///etc/passwd']) {
  test(`?catalog=${address} says it was refused, and why`, async ({ page }) => {
    await page.goto(`./?catalog=${encodeURIComponent(address)}`);
    const errors = page.getByRole('alert').filter({ hasText: 'could not be used' });
    await expect(errors.getByRole('heading')).toHaveText(
      'The catalog address could not be used; the map shows the bundled catalog instead',
    );
    await expect(errors).toContainText(`not ${address.split(':')[0]}: ones`);
    await mapReady(page);
  });
}

test('when the first catalog fails, the title says the bundled one is shown, not "the previous"', async ({
  page,
}) => {
  await page.goto('./?catalog=missing.yaml');
  await mapReady(page);
  await expect(page.getByRole('heading', { name: /could not be used/ })).toHaveText(
    'missing.yaml could not be used; the map shows the bundled catalog instead',
  );
});

test('Share → Embed warns about a catalog from another site; the embed names its policy', async ({
  page,
}) => {
  await serveCatalog(page, 'other.example');
  await page.goto('./?catalog=https://other.example/catalog.yaml');
  await notice(page).getByRole('button', { name: 'Load it' }).click();
  await mapReady(page);
  await page.getByText('Share').click();
  await page.getByRole('button', { name: 'Embed this view…' }).click();
  await expect(page.getByRole('dialog').getByRole('note')).toContainText(
    'This view shows a catalog from another site, other.example',
  );
  await page.goto('./embed.html?catalog=https://other.example/catalog.yaml');
  await expect(page.getByRole('alert')).toContainText(
    "the embed's Content-Security-Policy allows catalogs from",
  );
});
