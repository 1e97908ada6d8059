/**
 * The map on a day (`at=`) and the date control: the landscape as it was shows fewer projects the earlier
 * the day, with each project's level of that day; the control works from the keyboard, plays without
 * writing the URL on every frame, and axe finds nothing to fix in it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { countFilters } from '../../src/lib/view/filters.ts';
import { timeMaskOf } from '../../src/lib/view/timeMask.ts';
import { buildTour } from '../../src/lib/view/tour.ts';
import { layoutShape, mapReady } from './helpers.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'catalog.yaml');
if (!parsed.ok) throw new Error('invalid catalog');
const catalog = parsed.catalog;
const graph = buildGraph(catalog);
const expectedTotal = (at: string | null) =>
  countFilters(graph, { problems: [], maturities: [], article: false, time: timeMaskOf(catalog, graph, at) })
    .total;

const shownCount = async (page: Page) => {
  const text =
    (await page
      .getByRole('status')
      .filter({ hasText: /projects? shown/ })
      .textContent()) ?? '';
  return Number(/(\d+) projects? shown/.exec(text)?.[1]);
};
const control = (page: Page) => page.getByRole('group', { name: 'Date of the map' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Show the landscape as it was on' });

test('?at=2020-12-10 shows fewer projects than today, and ?at=2017-01-01 fewer still', async ({ page }) => {
  const counts: number[] = [];
  for (const at of [null, '2020-12-10', '2017-01-01']) {
    await page.goto(at ? `./?at=${at}` : './');
    await mapReady(page);
    await expect(page.getByRole('status').filter({ hasText: /projects? shown/ })).toHaveText(
      new RegExp(`^\\s*${expectedTotal(at)} projects? shown`),
    );
    counts.push(await shownCount(page));
  }
  expect(counts[1]).toBeLessThan(counts[0]!);
  expect(counts[2]).toBeLessThan(counts[1]!);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 2017');
});

test('Istio is drawn as incubating on 2022-10-01, and the maturity filter counts it so', async ({ page }) => {
  await page.goto('./?at=2022-10-01&problem=service-mesh');
  await mapReady(page);
  await page.locator('summary[data-node="problem:service-mesh"]').click();
  const mark = page.locator('li[data-node="project:istio"] svg.mark');
  await expect(mark).toHaveClass(/\bincubating\b/);
  await page.goto('./?at=2022-10-01&problem=service-mesh&maturity=graduated');
  await page.locator('summary[data-node="problem:service-mesh"]').click();
  await expect(page.locator('li[data-node="project:istio"]')).toHaveCount(0);
  // Today Istio has graduated.
  await page.goto('./?problem=service-mesh');
  await page.locator('summary[data-node="problem:service-mesh"]').click();
  await expect(mark).toHaveClass(/\bgraduated\b/);
});

test('the date control works from the keyboard and writes the day to the URL', async ({ page }) => {
  await page.goto('./?at=2020-12-10');
  await mapReady(page);
  await expect(control(page)).toBeVisible();
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/at=2020-12-11/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '11 December 2020');
  // The step buttons move to the days the map changes on.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Previous change' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The URL is written once the view has changed, not within the key press.
  await expect.poll(() => new URL(page.url()).searchParams.get('at')! <= '2020-12-10').toBe(true);
  await control(page).getByRole('button', { name: 'Today', exact: true }).click();
  await expect(page).not.toHaveURL(/at=/);
  await control(page).getByRole('button', { name: 'The article’s day' }).click();
  await expect(page).toHaveURL(/at=2020-12-10/);
});

test('play without motion (reduced motion) goes a year at a time, and pause keeps the day', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await mapReady(page);
  const play = control(page).getByRole('button', { name: /^Play/ });
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/at=2016-01-01/);
  await control(page).getByRole('button', { name: 'Pause' }).press('Enter');
  await expect(control(page).getByRole('button', { name: /^Play/ })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('at')).toMatch(/^20\d\d-01-01$/);
});

test('the map holds its layout while the control plays, and re-forms the day it pauses on', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  const today = await layoutShape(page);
  await control(page).getByRole('button', { name: /^Play/ }).click();
  // Well into the play: projects come and go, each where today's map has it.
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /^Today/);
  await page.waitForTimeout(1500);
  expect(await layoutShape(page)).toBeCloseTo(today, 3);
  await control(page).getByRole('button', { name: 'Pause' }).click();
  const day = new URL(page.url()).searchParams.get('at');
  expect(day).toMatch(/^20\d\d-\d\d-\d\d$/);
  // The day it stopped on is laid out as a map of its own, as ?at= would show it.
  await expect.poll(async () => Math.abs((await layoutShape(page)) - today)).toBeGreaterThan(0.05);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing to fix in the date control, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?at=2020-12-10');
    await mapReady(page);
    await expect(control(page)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[aria-label="Date of the map"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  });
}

test.describe('growth at a glance', () => {
  test('opens from the date control; a year in its table shows the map at that year’s end', async ({
    page,
  }) => {
    await page.goto('./');
    await mapReady(page);
    await control(page).getByRole('button', { name: 'Growth per year' }).click();
    const growth = page.getByRole('region', { name: /projects per problem, at the end of each year/ });
    await expect(growth.getByRole('img', { name: /Stacked area/ })).toBeVisible();
    const table = growth.getByRole('table');
    await expect(table.getByRole('rowheader', { name: 'All', exact: true })).toBeVisible();
    await table.getByRole('button', { name: 'Show the map on 31 December 2019' }).click();
    await expect(page).toHaveURL(/at=2019-12-31/);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 2019');
    await expect(table.getByRole('button', { name: 'Show the map on 31 December 2019' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing to fix with the growth view open, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./?at=2020-12-10');
      await mapReady(page);
      await control(page).getByRole('button', { name: 'Growth per year' }).click();
      await expect(page.getByRole('table')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('[aria-label="Date of the map"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
    });
  }
});

test('the tour’s step on what changed since the article shows today’s landscape', async ({ page }) => {
  await page.goto('./?at=2017-01-01&tour=1');
  await mapReady(page);
  const tourCard = page.getByRole('region').filter({ has: page.locator('#tour-title') });
  for (
    let i = 0;
    i < 20 && !(await tourCard.getByRole('heading', { name: 'Since the article' }).count());
    i++
  )
    await tourCard.getByRole('button', { name: 'Next →' }).click();
  await expect(tourCard.getByRole('heading', { name: 'Since the article' })).toBeVisible();
  await expect(page).not.toHaveURL(/at=/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Today/);
});

test.describe('entering the step on what changed since the article', () => {
  const changesAt = buildTour(catalog).findIndex((s) => s.changes) + 1;
  /** Every label the date control shows from now on, in order (the play writes one per day it reaches). */
  const recordDays = (page: Page) =>
    slider(page).evaluate((input) => {
      const days: string[] = [];
      (window as unknown as { shownDays: string[] }).shownDays = days;
      new MutationObserver(() => days.push(input.getAttribute('aria-valuetext') ?? '')).observe(input, {
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
    });
  const shownDays = (page: Page) =>
    page.evaluate(() => (window as unknown as { shownDays: string[] }).shownDays);
  const enter = async (page: Page) => {
    await page.goto(`./?tour=${changesAt - 1}`);
    await mapReady(page);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Today/);
    await recordDays(page);
    await page.getByRole('button', { name: 'Next →', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Since the article' })).toBeVisible();
  };

  test('plays the map from the article’s day to today and ends on today’s landscape', async ({ page }) => {
    await enter(page);
    await expect(control(page).getByRole('button', { name: /^Play/ })).toBeVisible();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Today/);
    const days = await shownDays(page);
    expect(days[0]).toBe('10 December 2020');
    expect(days.length).toBeGreaterThan(2);
    expect(days.at(-1)).toMatch(/^Today/);
    await expect(page.getByRole('status').filter({ hasText: /projects? shown/ })).toHaveText(
      new RegExp(`^\\s*${expectedTotal(null)} projects? shown`),
    );
    // The play wrote no day to the URL.
    expect(new URL(page.url()).searchParams.get('at')).toBeNull();
  });

  test('with reduced motion, shows today at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await enter(page);
    await mapReady(page);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Today/);
    await expect(control(page).getByRole('button', { name: /^Play/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect((await shownDays(page)).filter((day) => !day.startsWith('Today'))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('at')).toBeNull();
  });
});

test('on a past day the legend explains the mark of the undated projects, and counts them', async ({
  page,
}) => {
  const legend = page.getByRole('region', { name: 'Legend' });
  await page.goto('./?at=2020-12-10');
  await mapReady(page);
  const undated = timeMaskOf(catalog, graph, '2020-12-10')!.undated;
  expect(undated).toBeGreaterThan(0);
  await expect(
    legend.getByRole('listitem').filter({ hasText: `Undated: ${undated} projects have no dates` }),
  ).toBeVisible();
  await control(page).getByRole('button', { name: 'Today', exact: true }).click();
  await expect(page).not.toHaveURL(/at=/);
  await expect(legend.getByText(/Undated/)).toHaveCount(0);
});
