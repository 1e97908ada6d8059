/**
 * data/landscape-problems.yaml to a `ProblemMapping`, checked against the
 * bundled catalog: every problem id must exist (or be added by the file), every
 * pattern must compile, and mistakes are reported at their line and column.
 */
import { catalogSpec, type Spec } from '../catalog/catalogSpec.ts';
import { checkValue, type ShapeIssue } from '../catalog/checkShape.ts';
import type { CatalogError } from '../catalog/errors.ts';
import { placeIssues } from '../catalog/placeIssues.ts';
import { childPath, parseYaml } from '../catalog/parseYaml.ts';
import { didYouMean } from '../catalog/suggest.ts';
import type { Catalog, Problem } from '../catalog/types.ts';
import { keywordsRegex, patternRegex } from './compileRule.ts';
import { OTHER, pathKey } from './mapSubcategory.ts';
import type { ProblemMapping, SplitRule, SubcategoryMapping } from './types.ts';

export type MappingResult = { ok: true; mapping: ProblemMapping } | { ok: false; errors: CatalogError[] };

type Loose = Record<string, unknown>;
const isMapping = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const problemsSpec = catalogSpec.fields.problems?.spec;
const problemSpec: Spec | undefined = problemsSpec?.kind === 'array' ? problemsSpec.items : undefined;

class Checker {
  readonly issues: ShapeIssue[] = [];
  constructor(readonly known: Set<string>) {}

  error(path: string, message: string, atKey = false) {
    this.issues.push({ path, message, atKey });
  }

  unknownKeys(value: Loose, path: string, allowed: string[]) {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        const expected = `expected ${allowed.map((k) => `"${k}"`).join(' or ')}`;
        this.error(childPath(path, key), `unknown field${didYouMean(key, allowed)}; ${expected}`, true);
      }
    }
  }

  strings(value: unknown, path: string, what: string): string[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.error(path, `expected a non-empty list of ${what}`);
      return [];
    }
    return value.flatMap((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') return [item.trim()];
      this.error(childPath(path, i), `expected ${what.replace(/s$/, '')} as a non-empty string`);
      return [];
    });
  }

  /** The `problems` list of `node`, each id known to the catalog or the mapping. */
  problemIds(node: Loose, path: string): string[] {
    if (node.problems === undefined) {
      this.error(path, 'missing required field "problems"');
      return [];
    }
    return this.knownIds(node.problems, childPath(path, 'problems'));
  }

  knownIds(value: unknown, path: string): string[] {
    const ids = this.strings(value, path, 'problem ids');
    ids.forEach((id, i) => {
      if (!this.known.has(id)) {
        this.error(childPath(path, i), `unknown problem "${id}"${didYouMean(id, this.known)}`);
      }
    });
    return ids;
  }

  rule(value: unknown, path: string): SplitRule | undefined {
    if (!isMapping(value)) {
      this.error(path, 'expected a split rule: a mapping with problems and keywords or pattern');
      return undefined;
    }
    this.unknownKeys(value, path, ['problems', 'keywords', 'pattern']);
    const problems = this.problemIds(value, path);
    const regexes: RegExp[] = [];
    if (value.keywords !== undefined) {
      const keywords = this.strings(value.keywords, childPath(path, 'keywords'), 'keywords');
      if (keywords.length > 0) regexes.push(keywordsRegex(keywords));
    }
    if (value.pattern !== undefined) {
      const compiled = typeof value.pattern === 'string' ? patternRegex(value.pattern) : 'not a string';
      if (typeof compiled === 'string') {
        this.error(childPath(path, 'pattern'), `expected a regular expression: ${compiled}`);
      } else regexes.push(compiled);
    }
    if (value.keywords === undefined && value.pattern === undefined) {
      this.error(path, 'a split rule needs keywords or a pattern to match');
    }
    return { problems, regexes };
  }

  subcategory(key: string, value: unknown, path: string): SubcategoryMapping {
    if (Array.isArray(value)) return { path: key, problems: this.knownIds(value, path), split: [] };
    if (!isMapping(value)) {
      this.error(path, 'expected a list of problem ids, or a mapping with problems and split');
      return { path: key, problems: [], split: [] };
    }
    this.unknownKeys(value, path, ['problems', 'split']);
    const problems = this.problemIds(value, path);
    const split: SplitRule[] = [];
    if (value.split !== undefined) {
      if (!Array.isArray(value.split)) this.error(childPath(path, 'split'), 'expected a list of split rules');
      else
        value.split.forEach((rule, i) => {
          const compiled = this.rule(rule, childPath(childPath(path, 'split'), i));
          if (compiled) split.push(compiled);
        });
    }
    return { path: key, problems, split };
  }
}

function addedProblems(value: unknown, bundled: Catalog, check: Checker): Problem[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !problemSpec) {
    check.error('problems', 'expected a list of problems to add to the catalog');
    return [];
  }
  const bundledIds = new Set(bundled.problems.map((p) => p.id));
  const problems: Problem[] = [];
  value.forEach((problem, i) => {
    const path = `problems[${i}]`;
    const before = check.issues.length;
    checkValue(problemSpec, problem, path, check.issues);
    if (check.issues.length > before) return;
    const { id } = problem as Problem;
    if (bundledIds.has(id) || problems.some((p) => p.id === id)) {
      check.error(`${path}.id`, `the problem "${id}" is already defined`);
    } else problems.push(problem as Problem);
  });
  return problems;
}

export function loadMapping(text: string, bundled: Catalog, file: string): MappingResult {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  const root = document.value;
  if (!isMapping(root)) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          message: 'expected a mapping with members, problems and subcategories',
        },
      ],
    };
  }
  const check = new Checker(new Set(bundled.problems.map((p) => p.id)));
  check.unknownKeys(root, '', ['members', 'problems', 'subcategories']);

  const problems = addedProblems(root.problems, bundled, check);
  for (const problem of problems) check.known.add(problem.id);
  if (!problems.some((p) => p.id === OTHER) && !check.issues.some((i) => i.path.startsWith('problems'))) {
    check.error(
      'problems',
      `expected the problem "${OTHER}" among the added problems: unmapped items go there`,
    );
  }
  const memberCategories =
    root.members === undefined ? [] : check.strings(root.members, 'members', 'category names');

  const subcategories = new Map<string, SubcategoryMapping>();
  if (!isMapping(root.subcategories) || Object.keys(root.subcategories).length === 0) {
    check.error('subcategories', 'expected a mapping from "Category / Subcategory" to problem ids');
  } else {
    for (const [key, value] of Object.entries(root.subcategories)) {
      const path = childPath('subcategories', key);
      if (!/\S\s*\/\s*\S/.test(key)) {
        check.error(path, `expected a key of the form "Category / Subcategory", got "${key}"`, true);
      }
      const normalized = pathKey(key);
      const earlier = subcategories.get(normalized);
      if (earlier) check.error(path, `"${key}" is the same subcategory as "${earlier.path}"`, true);
      subcategories.set(normalized, check.subcategory(key, value, path));
    }
  }
  if (check.issues.length > 0) return { ok: false, errors: placeIssues(check.issues, document, file) };
  return { ok: true, mapping: { problems, memberCategories, subcategories } };
}
