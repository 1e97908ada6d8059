import { expect, test } from '@playwright/test';
import { details, map, mapReady, nodePoint } from './helpers.ts';

test.describe('the map', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
  });

  test('zooms with the mouse wheel and the zoom buttons, and Fit resets the view', async ({ page }) => {
    const element = map(page);
    const start = Number(await element.getAttribute('data-zoom'));
    const box = (await element.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => Number(await element.getAttribute('data-zoom')))
      .toBeGreaterThan(start * 1.3);
    await page.getByRole('button', { name: 'Fit the map to the screen' }).click();
    await expect.poll(async () => Number(await element.getAttribute('data-zoom'))).toBeCloseTo(start, 2);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => Number(await element.getAttribute('data-zoom')))
      .toBeGreaterThan(start * 1.2);
  });

  test('pans by dragging the background', async ({ page }) => {
    const element = map(page);
    const before = await nodePoint(page, 'article');
    const box = (await element.boundingBox())!;
    // An empty corner, away from nodes.
    await page.mouse.move(box.x + 20, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + box.height - 60, { steps: 5 });
    await page.mouse.up();
    const after = await nodePoint(page, 'article');
    expect(after.x - before.x).toBeCloseTo(100, -1);
  });

  test('hovering a node highlights it and the list view follows', async ({ page }) => {
    const point = await nodePoint(page, 'project:jaeger');
    await page.mouse.move(point.x, point.y);
    await expect(map(page)).toHaveAttribute('data-hovered', 'project:jaeger');
    await expect(page.locator('li[data-node="project:jaeger"]')).toHaveClass(/hovered/);
    await page.mouse.move(5, 5);
    await expect(map(page)).toHaveAttribute('data-hovered', '');
  });

  test('dragging a node moves it', async ({ page }) => {
    const point = await nodePoint(page, 'problem:tracing');
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x + 60, point.y + 40, { steps: 6 });
    await page.mouse.up();
    const moved = await nodePoint(page, 'problem:tracing');
    expect(moved.x - point.x).toBeCloseTo(60, -1);
    expect(moved.y - point.y).toBeCloseTo(40, -1);
  });

  test('clicking a project opens its details; Esc closes them', async ({ page }) => {
    const point = await nodePoint(page, 'project:jaeger');
    await page.mouse.click(point.x, point.y);
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: 'Jaeger', level: 2 })).toBeVisible();
    await expect(panel).toContainText('CNCF graduated');
    await expect(panel.getByRole('link', { name: 'Homepage' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(panel.getByRole('button', { name: 'Distributed tracing' })).toBeVisible();
    await expect(panel.getByRole('link', { name: /¶9 of Ivan Velichko's article/ })).toHaveAttribute(
      'href',
      /#:~:text=A%20request%20may%20hit%20tens%20of%20services$/,
    );
    await expect(panel.getByRole('heading', { name: 'Related projects' })).toBeVisible();
    await expect(page).toHaveURL(/select=jaeger/);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/select=/);
  });

  test('a problem opens its question, why microservices create it, and its projects', async ({ page }) => {
    const point = await nodePoint(page, 'problem:service-discovery');
    await page.mouse.click(point.x, point.y);
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: 'Service discovery & coordination' })).toBeVisible();
    await expect(panel).toContainText('How do services find each other?');
    await expect(panel.getByRole('heading', { name: 'Why microservices create it' })).toBeVisible();
    await panel.getByRole('button', { name: 'CoreDNS' }).click();
    await expect(panel.getByRole('heading', { name: 'CoreDNS', level: 2 })).toBeVisible();
  });

  test('keyboard: Tab into the map, arrows move between neighbours, Enter opens details', async ({
    page,
  }) => {
    await map(page).focus();
    await expect(map(page)).toHaveAttribute('data-focused', 'article');
    await expect(page.getByTestId('map-announcement')).toContainText('Microservices');
    const visited = new Set<string>();
    for (const key of ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'PageDown', 'PageDown']) {
      await page.keyboard.press(key);
      visited.add((await map(page).getAttribute('data-focused')) ?? '');
    }
    expect(visited.size).toBeGreaterThan(2);
    const focused = (await map(page).getAttribute('data-focused'))!;
    await expect(page.getByTestId('map-announcement')).toContainText('Press Enter for details');
    await page.keyboard.press('Enter');
    await expect(details(page)).toBeVisible();
    await expect(
      page.locator(`li[data-node="${focused}"], summary[data-node="${focused}"]`).first(),
    ).toHaveClass(/selected/);
  });

  test('keyboard: + and - zoom, 0 fits, Home goes back to the article', async ({ page }) => {
    await map(page).focus();
    const zoom = async () => Number(await map(page).getAttribute('data-zoom'));
    const fitted = await zoom();
    await page.keyboard.press('+');
    await expect.poll(zoom).toBeGreaterThan(fitted * 1.3);
    await mapReady(page);
    // Two quick presses zoom out twice, even while the first is still animating.
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(zoom).toBeLessThan(fitted * 0.8);
    await mapReady(page);
    expect((await zoom()) / fitted).toBeCloseTo(1 / 1.4, 2);
    await page.keyboard.press('0');
    await expect.poll(zoom).toBeCloseTo(fitted, 2);
    await page.keyboard.press('ArrowRight');
    await expect(map(page)).not.toHaveAttribute('data-focused', 'article');
    await page.keyboard.press('Home');
    await expect(map(page)).toHaveAttribute('data-focused', 'article');
  });

  test('the list view selects on the map, and the map selection shows in the list', async ({ page }) => {
    await page
      .getByRole('navigation', { name: 'Problems and projects' })
      .getByRole('button', { name: 'Prometheus', exact: true })
      .click();
    await expect(details(page).getByRole('heading', { name: 'Prometheus', level: 2 })).toBeVisible();
    await expect(page.locator('li[data-node="project:prometheus"]')).toHaveClass(/selected/);
    await page.getByRole('button', { name: 'Fit the map to the screen' }).click();
    await mapReady(page);
    const point = await nodePoint(page, 'project:etcd');
    await page.mouse.click(point.x, point.y);
    await expect(page.locator('li[data-node="project:etcd"]').first()).toHaveClass(/selected/);
  });

  test('the list view says which projects the article names, in words', async ({ page }) => {
    const list = page.getByRole('navigation', { name: 'Problems and projects' });
    await expect(
      list.getByRole('button', { name: 'Linkerd · named in the article', exact: true }).first(),
    ).toBeVisible();
    await expect(list.getByRole('button', { name: 'Kuma', exact: true }).first()).toBeVisible();
  });
});
