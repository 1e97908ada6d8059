import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/lib/catalog/index.ts';

const result = parseCatalog(readFileSync('data/catalog.yaml'), 'catalog.yaml');
if (!result.ok) throw new Error('the bundled catalog is invalid: run npm run validate');
const { catalog } = result;

test('the built app loads the bundled catalog and shows every problem', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  const list = page.getByRole('navigation', { name: 'Problems and projects' });
  for (const problem of catalog.problems) {
    await expect(list.getByRole('heading', { name: problem.name, exact: true })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
