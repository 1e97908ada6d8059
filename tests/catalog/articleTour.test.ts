/**
 * Editorial facts of data/catalog.yaml about the article: which paragraphs the tour walks, which projects
 * each step names, and the quotes it links to. A catalog edit fails these, never a test of the code.
 */
import { describe, expect, test } from 'vitest';
import { textFragmentUrl } from '../../src/lib/catalog/index.ts';
import { MAX_QUOTE_WORDS } from '../../src/lib/catalog/checkReferences.ts';
import { buildTour } from '../../src/lib/view/tour.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const catalog = bundledCatalog();
const ARTICLE = 'https://iximiuz.com/en/posts/making-sense-out-of-cloud-native-buzz/';

describe('text fragment links into the article', () => {
  test('every problem from the article links to its paragraph with a well-formed fragment', () => {
    const fromArticle = catalog.problems.filter((p) => p.article);
    expect(fromArticle.length).toBeGreaterThanOrEqual(7);
    for (const problem of fromArticle) {
      const link = textFragmentUrl(catalog.article.url, problem.article!.quote);
      expect(link.startsWith(`${ARTICLE}#:~:text=`)).toBe(true);
      const fragment = link.split('#:~:text=')[1]!;
      // Reserved characters never appear raw inside the text directive.
      expect(fragment).not.toMatch(/[-,&\s#]/);
      expect(decodeURIComponent(fragment)).toBe(problem.article!.quote);
      // The live page writes "Cloud Native" where older copies wrote "cloud-native": anchors avoid the word.
      expect(problem.article!.quote.toLowerCase()).not.toMatch(/cloud.native/);
    }
  });

  test('each quote is short and unique across problems', () => {
    const quotes = catalog.problems.filter((p) => p.article).map((p) => p.article!.quote.toLowerCase());
    for (const quote of quotes) expect(quote.split(/\s+/).length).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

describe('the guided tour', () => {
  const tour = buildTour(catalog);

  test("walks the article's paragraphs 4 to 10 in order, what changed since, then the extension", () => {
    expect(tour.map((s) => s.paragraph)).toEqual([4, 5, 6, 7, 8, 9, 10, null, null]);
    expect(tour.at(-2)!.title).toBe('Since the article');
  });

  test('each article step shows its problems, quotes them and names the projects the article names', () => {
    const mesh = tour.find((s) => s.paragraph === 6)!;
    expect(mesh.problems).toEqual(['service-mesh', 'service-proxy']);
    expect(mesh.projects.sort()).toEqual([
      'envoy',
      'istio',
      'linkerd',
      'linkerd2-proxy',
      'traefik',
      'traefik-mesh',
    ]);
    expect(mesh.quotes.map((q) => q.quote)).toEqual([
      'uncontrolled service-to-service communication leads to a mess',
      'black networking magic proxy',
    ]);
    for (const step of tour.slice(0, -1)) expect(step.problems.length).toBeGreaterThan(0);
  });

  test('every named project appears in some step', () => {
    const named = catalog.projects.filter((p) => p.named_in_article).map((p) => p.id);
    const inTour = new Set(tour.flatMap((s) => s.projects));
    expect(named.filter((id) => !inTour.has(id))).toEqual([]);
  });

  test('the last step says plainly that its problems are the catalog extension', () => {
    const last = tour.at(-1)!;
    expect(last.caption).toContain("this catalog's extension, not the article's");
    expect(last.problems).toEqual(catalog.problems.filter((p) => p.article === null).map((p) => p.id));
  });
});
