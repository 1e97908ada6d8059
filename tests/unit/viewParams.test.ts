import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VIEW,
  formatViewParams,
  paramToNodeId,
  parseViewParams,
  sanitizeView,
  selectionToParam,
} from '../../src/lib/url/viewParams.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

describe('view parameters in the query string', () => {
  test('a full view survives a round trip', () => {
    const view = {
      q: 'trace requests',
      problems: ['tracing', 'logging'],
      maturities: ['graduated' as const, 'none' as const],
      article: true,
      select: 'jaeger',
      theme: 'dark' as const,
      tour: 3,
      catalog: null,
      at: '2020-12-10',
    };
    const search = formatViewParams(view);
    expect(search).toBe(
      '?q=trace+requests&problem=tracing,logging&maturity=graduated,none&article=1&select=jaeger&tour=3&at=2020-12-10&theme=dark',
    );
    expect(parseViewParams(search)).toEqual(view);
  });

  test('the default view is an empty query string', () => {
    expect(formatViewParams(DEFAULT_VIEW)).toBe('');
    expect(parseViewParams('')).toEqual(DEFAULT_VIEW);
  });

  test.each([
    ['unknown parameters', '?zoom=3&foo=bar', {}],
    ['a bad theme', '?theme=purple', {}],
    ['a tour step that is not a number', '?tour=abc', {}],
    ['a negative tour step', '?tour=-2', {}],
    ['a maturity outside the list', '?maturity=graduated,legendary', { maturities: ['graduated'] }],
    ['problem ids that are not slugs', '?problem=tracing,<script>,a b', { problems: ['tracing'] }],
    [
      'repeated and duplicated values',
      '?problem=tracing&problem=logging,tracing',
      { problems: ['tracing', 'logging'] },
    ],
    ['a selection with odd characters', '?select=%3Cimg%20src%3Dx%3E', {}],
    ['malformed percent-encoding', '?q=%E0%A4%A', { q: '\ufffd%A' }],
    ['an endless query', `?q=${'a'.repeat(500)}`, { q: 'a'.repeat(200) }],
    ['a day that is not a day', '?at=2021-02-29', {}],
    ['a day in another format', '?at=10/12/2020', {}],
    ['a day far in the future', '?at=3020-01-01', {}],
  ])('drops %s without an error', (_name, search, expected) => {
    expect(parseViewParams(search)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  test('sanitizeView drops what the catalog does not have', () => {
    const catalog = bundledCatalog();
    const view = parseViewParams('?problem=tracing,nonsense&select=no-such-project&tour=99');
    expect(sanitizeView(view, catalog, 8)).toEqual({ ...DEFAULT_VIEW, problems: ['tracing'] });
    expect(sanitizeView(parseViewParams('?select=tracing'), catalog, 8).select).toBe('problem:tracing');
    expect(sanitizeView(parseViewParams('?select=problem:tracing'), catalog, 8).select).toBe(
      'problem:tracing',
    );
    expect(sanitizeView(parseViewParams('?select=article'), catalog, 8).select).toBe('article');
    expect(sanitizeView(parseViewParams('?select=jaeger'), catalog, 8).select).toBe('jaeger');
  });

  test('a day is kept for a catalog with dates and dropped for one without', () => {
    const catalog = bundledCatalog();
    const view = parseViewParams('?at=2020-12-10');
    expect(sanitizeView(view, catalog, 8).at).toBe('2020-12-10');
    const undated = { ...catalog, projects: catalog.projects.map(({ dates: _dates, ...p }) => p) };
    expect(sanitizeView(view, undated, 8).at).toBeNull();
  });

  test('selections map between node ids and their short URL form', () => {
    expect(selectionToParam('project:jaeger')).toBe('jaeger');
    expect(selectionToParam('problem:tracing')).toBe('problem:tracing');
    expect(paramToNodeId('jaeger')).toBe('project:jaeger');
    expect(paramToNodeId('article')).toBe('article');
    expect(paramToNodeId(null)).toBeNull();
  });
});
