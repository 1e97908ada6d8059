/**
 * Rules across the names the map shows, so that no node passes for another: no two problems or
 * projects with names that read the same (after case and look-alike folding, see confusables.ts),
 * none named like the article's hub, and a warning for names that mix scripts not usually written
 * together. Like checkReferences it reads the value defensively: the shape may have errors.
 */
import type { ShapeIssue } from './checkShape.ts';
import { nameWarning } from './checkText.ts';
import { skeleton } from './confusables.ts';
import { quoted } from './paths.ts';

/** The label of the article's hub node on the map (buildGraph draws it; a test keeps the two equal). */
export const ARTICLE_HUB_NAME = 'Microservices';

type Loose = Record<string, unknown>;

export interface NameIssues {
  errors: ShapeIssue[];
  /** Worth a look, but the catalog is still accepted. */
  warnings: ShapeIssue[];
}

const record = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});
const names = (value: unknown, list: string) =>
  (Array.isArray(value) ? value : []).flatMap((item: unknown, i) => {
    const name = record(item).name;
    return typeof name === 'string' ? [{ name, path: `${list}[${i}].name`, owner: `${list}[${i}]` }] : [];
  });

/** `flagged`: paths that already have an error, which these rules do not report again. */
export function checkNames(value: unknown, flagged: ReadonlySet<string>): NameIssues {
  const root = record(value);
  const errors: ShapeIssue[] = [];
  const warnings: ShapeIssue[] = [];
  const reserved = new Map([[skeleton(ARTICLE_HUB_NAME), `the name of the article's hub on the map`]]);
  const title = record(root.article).title;
  if (typeof title === 'string' && skeleton(title) !== '') {
    reserved.set(skeleton(title), `the article's title, which the hub on the map shows`);
  }

  const first = new Map<string, { name: string; owner: string }>();
  for (const { name, path, owner } of [
    ...names(root.problems, 'problems'),
    ...names(root.projects, 'projects'),
  ]) {
    if (flagged.has(path)) continue;
    const key = skeleton(name);
    const earlier = first.get(key);
    const hub = reserved.get(key);
    if (hub) {
      errors.push({ path, message: `${quoted(name)} reads as ${hub}; pick another name` });
    } else if (earlier && earlier.name === name) {
      errors.push({
        path,
        message: `the name ${quoted(name)} is already used by ${earlier.owner}; two things on the map cannot share a name`,
      });
    } else if (earlier) {
      errors.push({
        path,
        message: `${quoted(name)} reads the same as ${quoted(earlier.name)}, the name of ${earlier.owner} (letters that look alike, or case); pick a name that reads differently`,
      });
    } else {
      first.set(key, { name, owner });
      const warning = nameWarning(name);
      if (warning) warnings.push({ path, message: warning });
    }
  }
  return { errors, warnings };
}
