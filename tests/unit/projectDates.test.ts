/**
 * Dates in a catalog: which days are real, when a day is "in the future", the
 * level a project had on a given day, what happened between two days, the
 * timeline the details panel shows, and what changed since an article. Small
 * invented projects; tests/unit/catalogDates.test.ts checks the real catalog.
 */
import { describe, expect, test } from 'vitest';
import { checkDates } from '../../src/lib/catalog/checkDates.ts';
import type { Catalog, Project } from '../../src/lib/catalog/types.ts';
import {
  changesSince,
  dateProblems,
  formatDay,
  isIsoDate,
  growthByYear,
  isVisibleAt,
  maturityAt,
  stepEvents,
  timelineSteps,
  timeStops,
} from '../../src/lib/time/index.ts';

type Dated = Pick<Project, 'maturity' | 'dates'>;
const istio: Dated = {
  maturity: 'graduated',
  dates: { accepted: '2022-09-30', incubating: '2022-09-30', graduated: '2023-07-12' },
};
const linkerd: Dated = {
  maturity: 'graduated',
  dates: { accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28' },
};
/** Graduated with no incubating day on record, as some early projects are. */
const early: Dated = { maturity: 'graduated', dates: { accepted: '2016-03-10', graduated: '2018-03-06' } };
const opentracing: Dated = {
  maturity: 'archived',
  dates: { accepted: '2016-10-11', incubating: '2016-10-11', archived: '2021-08-20' },
};
const sandboxOnly: Dated = { maturity: 'sandbox', dates: { accepted: '2021-06-22' } };
const undated: Dated = { maturity: 'incubating' };
const outside: Dated = { maturity: 'none' };

describe('isIsoDate and formatDay', () => {
  test.each([
    ['2020-12-10', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2020-13-01', false],
    ['2020-04-31', false],
    ['2020-1-5', false],
    ['10/12/2020', false],
    [' 2020-12-10', false],
    [20201210, false],
    [undefined, false],
  ])('%s is a real YYYY-MM-DD day: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  test('days read the same on every machine', () => {
    expect(formatDay('2022-09-30')).toBe('30 September 2022');
    expect(formatDay('2021-01-05')).toBe('5 January 2021');
  });
});

describe('"not in the future" counts from the validator\'s today, with a day of slack for time zones', () => {
  const catalogWith = (accepted: string) => ({
    projects: [{ id: 'p', maturity: 'sandbox', dates: { accepted } }],
  });
  const now = new Date('2026-11-29T23:30:00Z');
  test.each([
    ['2026-11-29', []],
    ['2026-11-30', []],
    [
      '2026-12-01',
      [
        'projects[0].dates.accepted: accepted (2026-12-01) is in the future; dates record steps already taken',
      ],
    ],
  ])('accepted %s', (accepted, expected) => {
    const issues = checkDates(catalogWith(accepted), now);
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(expected);
  });
});

describe('dateProblems', () => {
  test('a level another foundation names (not graduated, incubating, sandbox or archived) gets only the general rules', () => {
    expect(
      dateProblems(
        { accepted: '2020-01-01', graduated: '2021-01-01' },
        'long-term-working-group',
        '2026-01-01',
      ),
    ).toEqual([]);
    expect(
      dateProblems(
        { accepted: '2020-01-01', graduated: '2019-01-01' },
        'long-term-working-group',
        '2026-01-01',
      ).map((p) => p.field),
    ).toEqual(['graduated']);
  });

  test('an empty or malformed value is left to the shape check, not reported twice as missing', () => {
    expect(dateProblems({ accepted: null }, 'sandbox', '2026-01-01')).toEqual([]);
    expect(dateProblems({ accepted: '2020-02-30' }, 'sandbox', '2026-01-01')).toEqual([]);
  });
});

describe('maturityAt and isVisibleAt', () => {
  test.each([
    ['istio before it joined', istio, '2020-12-10', 'not-yet-accepted', false],
    ['istio the day it joined, straight at incubating', istio, '2022-09-30', 'incubating', true],
    ['istio after graduating', istio, '2023-07-12', 'graduated', true],
    ['linkerd at the article', linkerd, '2020-12-10', 'incubating', true],
    ['linkerd in its first year', linkerd, '2017-06-01', 'sandbox', true],
    ['an early graduate between accepted and graduated', early, '2017-01-01', 'incubating', true],
    ['opentracing at the article', opentracing, '2020-12-10', 'incubating', true],
    ['opentracing after its archive day', opentracing, '2021-08-20', 'archived', false],
    ['a sandbox project', sandboxOnly, '2025-01-01', 'sandbox', true],
    ['an undated CNCF project, as it is today', undated, '2015-01-01', 'incubating', true],
    ['a project outside the CNCF', outside, '2015-01-01', 'none', true],
  ])('%s', (_, project, date, level, visible) => {
    expect(maturityAt(project, date)).toBe(level);
    expect(isVisibleAt(project, date)).toBe(visible);
  });
});

describe('stepEvents', () => {
  test('steps of the same day are one event; only days after `from` and up to `to` count', () => {
    expect(stepEvents(istio, '2020-12-10', '2026-01-01')).toEqual([
      { kind: 'joined', date: '2022-09-30', level: 'incubating' },
      { kind: 'promoted', date: '2023-07-12', level: 'graduated' },
    ]);
    expect(stepEvents(linkerd, '2020-12-10', '2026-01-01')).toEqual([
      { kind: 'promoted', date: '2021-07-28', level: 'graduated' },
    ]);
    expect(stepEvents(opentracing, '2020-12-10', '2021-08-19')).toEqual([]);
    expect(stepEvents(opentracing, '2020-12-10', '2021-08-20')).toEqual([
      { kind: 'archived', date: '2021-08-20', level: 'archived' },
    ]);
    expect(stepEvents(outside, '', '9999-12-31')).toEqual([]);
  });
});

describe('timelineSteps', () => {
  test("Istio: joined at incubating in 2022, graduated in 2023, the article's day before both", () => {
    expect(timelineSteps(istio, '2020-12-10')).toEqual([
      { kind: 'article', date: '2020-12-10', day: '10 December 2020', label: 'The article is published' },
      {
        kind: 'joined',
        date: '2022-09-30',
        day: '30 September 2022',
        label: 'Joined the CNCF at incubating',
        level: 'incubating',
      },
      { kind: 'promoted', date: '2023-07-12', day: '12 July 2023', label: 'Graduated', level: 'graduated' },
    ]);
  });

  test('the article sits between the steps before and after it, after a step of its own day', () => {
    expect(timelineSteps(linkerd, '2020-12-10').map((step) => step.label)).toEqual([
      'Joined the CNCF at sandbox',
      'Moved up to incubating',
      'The article is published',
      'Graduated',
    ]);
    expect(timelineSteps(sandboxOnly, '2021-06-22').map((step) => step.kind)).toEqual(['joined', 'article']);
    expect(timelineSteps(opentracing, '2020-12-10', 'ASWF').map((step) => step.label)).toEqual([
      'Joined the ASWF at incubating',
      'The article is published',
      'Archived',
    ]);
  });

  test('no timeline without dates, and no article mark without a usable article date', () => {
    expect(timelineSteps(undated, '2020-12-10')).toEqual([]);
    expect(timelineSteps(outside, '2020-12-10')).toEqual([]);
    expect(timelineSteps(early, undefined).map((step) => step.kind)).toEqual(['joined', 'promoted']);
  });
});

const project = (id: string, problems: string[], dated: Dated, named = false): Project => ({
  id,
  name: id,
  description: 'A project.',
  homepage: `https://example.org/${id}/`,
  category: 'Tests',
  problems,
  ...dated,
  ...(named ? { named_in_article: true } : {}),
});
const problem = (id: string) => ({ id, name: id, question: '?', why: 'Why.', aliases: [], article: null });
const catalog: Catalog = {
  article: {
    title: 'An article',
    author: 'Someone',
    url: 'https://example.org/',
    published: '2020-12-10',
    thesis: 'A thesis.',
    paragraphs: [{ paragraph: 1, title: 'One', caption: 'One.' }],
  },
  problems: [problem('mesh'), problem('tracing'), problem('runtime')],
  projects: [
    project('istio', ['mesh'], istio, true),
    project('linkerd', ['mesh'], linkerd, true),
    project('opentracing', ['tracing'], opentracing, true),
    project('zookeeper', ['runtime'], outside, true),
    project('newcomer', ['tracing', 'mesh'], sandboxOnly),
    project('kubernetes', ['runtime'], early),
  ],
};

describe('changesSince', () => {
  test('joined, archived, counts per day and growth per problem come from the dates', () => {
    const changes = changesSince(catalog, '2020-12-10', '2026-01-01');
    expect(changes).toMatchObject({
      since: '2020-12-10',
      until: '2026-01-01',
      before: 3, // linkerd, opentracing, kubernetes
      after: 4, // istio, linkerd, newcomer, kubernetes
      joined: ['istio', 'newcomer'],
      archived: ['opentracing'],
    });
    expect(changes?.growth).toEqual([
      { id: 'mesh', name: 'mesh', before: 1, after: 3, joined: 2 },
      { id: 'tracing', name: 'tracing', before: 1, after: 1, joined: 1 },
      { id: 'runtime', name: 'runtime', before: 1, after: 1, joined: 0 },
    ]);
  });

  test("what became of each of the article's projects", () => {
    const changes = changesSince(catalog, '2020-12-10', '2026-01-01');
    expect(
      changes?.articleProjects.map((p) => [p.id, p.then, p.now, p.events.map((e) => e.kind).join(' ')]),
    ).toEqual([
      ['istio', 'not-yet-accepted', 'graduated', 'joined promoted'],
      ['linkerd', 'incubating', 'graduated', 'promoted'],
      ['opentracing', 'incubating', 'archived', 'archived'],
      ['zookeeper', 'none', 'none', ''],
    ]);
    expect(changes?.articleProjects.find((p) => p.id === 'zookeeper')?.dated).toBe(false);
  });

  test('a catalog without dates has nothing to say', () => {
    const undatedCatalog = {
      ...catalog,
      projects: catalog.projects.map(({ dates: _dates, ...rest }) => rest),
    };
    expect(changesSince(undatedCatalog, '2020-12-10')).toBeUndefined();
  });
});

describe('growthByYear', () => {
  test('projects per problem at the end of each year, under their first problem, archived ones gone', () => {
    const growth = growthByYear(catalog, '2022-06-30');
    expect(growth?.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(growth?.days.at(-1)).toBe('2022-06-30');
    expect(growth?.rows.map((row) => [row.id, row.counts.join(' ')])).toEqual([
      ['mesh', '0 1 1 1 1 1 1'], // linkerd from 2017; istio only from September 2022
      ['tracing', '1 1 1 1 1 1 1'], // opentracing until August 2021, then newcomer (first problem tracing)
      ['runtime', '1 1 1 1 1 1 1'], // kubernetes; zookeeper is undated
    ]);
    expect(growth?.totals).toEqual([2, 3, 3, 3, 3, 3, 3]);
  });

  test('nothing to draw without dates', () => {
    expect(growthByYear({ ...catalog, projects: [catalog.projects[3]!] })).toBeUndefined();
  });
});

describe('timeStops', () => {
  test("every day a step was taken, once, with the article's day marked", () => {
    const stops = timeStops(catalog);
    expect(stops[0]).toEqual({ date: '2016-03-10', article: false, steps: 1 });
    expect(stops.find((stop) => stop.article)).toEqual({ date: '2020-12-10', article: true, steps: 0 });
    expect(stops.find((stop) => stop.date === '2022-09-30')).toEqual({
      date: '2022-09-30',
      article: false,
      steps: 1,
    });
    expect(stops.map((stop) => stop.date)).toEqual([...new Set(stops.map((stop) => stop.date))].sort());
  });
});
