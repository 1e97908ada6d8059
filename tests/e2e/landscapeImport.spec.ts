/**
 * A landscape.yml opened in the app (issue #16): converted in the Worker with the importer's code, with the
 * same accounting as `npm run import` (read = imported + skipped), a "Download as catalog" that loads back
 * as the same map, and, for a landscape far from microservices, its own title and no article tour.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mapReady } from './helpers.ts';

const OWN_TERMS = 'tests/fixtures/landscape/own-terms.yml';
const CDF = '../shared/data/cdf-landscape.yml';

async function drop(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content!], fileName!, { type: 'application/yaml' }));
      return data;
    },
    [name, text],
  );
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent('body', type, { dataTransfer: transfer });
  }
}

const notice = (page: Page) => page.getByRole('region', { name: 'Converted from the landscape format' });

/** The accounting the notice shows, checked to add up. */
async function accounting(page: Page) {
  const text =
    (await notice(page)
      .getByText(/items read =/)
      .textContent()) ?? '';
  const [, read, imported, skipped] = /(\d+) items read = (\d+) imported \+ (\d+) skipped/.exec(text) ?? [];
  expect(Number(read)).toBe(Number(imported) + Number(skipped));
  return { read: Number(read), imported: Number(imported), skipped: Number(skipped) };
}

async function downloadCatalog(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    notice(page).getByRole('button', { name: 'Download as catalog' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('a dropped landscape far from microservices opens on its own terms, and downloads as a catalog', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  await drop(page, 'own-terms.yml', readFileSync(OWN_TERMS, 'utf8'));
  await expect(page.getByText('Showing own-terms.yml')).toBeVisible();
  expect(await accounting(page)).toEqual({ read: 5, imported: 3, skipped: 2 });
  await notice(page).getByText('What the conversion did').click();
  await expect(notice(page)).toContainText('skipped 2 by rule');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EMF landscape');
  // No tour and no article's wording on a catalog without the article's problems; the credit stays.
  await expect(page.getByRole('button', { name: 'Read the article' })).toHaveCount(0);
  await expect(page.getByText('Problems from the article')).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Making Sense Out Of Cloud Native Buzz' }).first(),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'Maturity' })).toContainText('EMF adopted');

  const saved = await downloadCatalog(page);
  expect(saved.name).toBe('own-terms.catalog.yaml');
  expect(saved.text).toContain('short_name: EMF');
  // The download is a catalog: dropped back, it opens with no conversion and the same projects.
  await drop(page, saved.name, saved.text);
  await expect(page.getByText(`Showing ${saved.name}`)).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  const list = page.getByRole('navigation', { name: 'Problems and projects' });
  for (const name of ['PixelForge', 'RayLoom', 'HueBridge']) {
    await expect(list.getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('a landscape opened with ?catalog= is converted too', async ({ page }) => {
  await page.route('**/own-terms.yml', (route) =>
    route.fulfill({ body: readFileSync(OWN_TERMS, 'utf8'), headers: { 'content-type': 'text/yaml' } }),
  );
  await page.goto('./?catalog=own-terms.yml');
  await expect(notice(page)).toBeVisible();
  expect(await accounting(page)).toEqual({ read: 5, imported: 3, skipped: 2 });
  await mapReady(page);
});

test('the CD Foundation’s landscape, dropped: converted with its accounting, downloadable', async ({
  page,
}) => {
  test.skip(!existsSync(CDF), `${CDF} is absent`);
  await page.goto('./');
  await mapReady(page);
  await drop(page, 'cdf-landscape.yml', readFileSync(CDF, 'utf8'));
  await expect(page.getByText('Showing cdf-landscape.yml')).toBeVisible();
  const counts = await accounting(page);
  expect(counts.read).toBeGreaterThan(90);
  await expect(page.getByText('Showing cdf-landscape.yml')).toContainText(`${counts.imported} projects`);
  await expect(page.getByRole('group', { name: 'Maturity' })).toContainText('CDF graduated');
  await expect(page.getByRole('group', { name: 'Maturity' })).not.toContainText('CNCF');
  const saved = await downloadCatalog(page);
  expect(saved.name).toBe('cdf-landscape.catalog.yaml');
  expect(saved.text).toMatch(/^foundation:\n {2}name: /m);
  expect((saved.text.match(/^ {2}- id: /gm) ?? []).length).toBeGreaterThan(counts.imported);
});
