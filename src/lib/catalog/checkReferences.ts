/**
 * Rules that span fields: unique ids, problem references that resolve, every
 * problem used, article quotes short and unique. It runs even when the shape
 * has errors (so `npm run validate` reports everything at once), which is why
 * it reads the value defensively and skips whatever has the wrong type.
 */
import { checkFoundation } from './checkFoundation.ts';
import type { ShapeIssue } from './checkShape.ts';
import { quoted } from './paths.ts';
import { didYouMean } from './suggest.ts';

export const MAX_QUOTE_WORDS = 10;

type Loose = Record<string, unknown>;

const list = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Loose) : {})) : [];
const field = (value: unknown, key: string): Loose => {
  const inner = value && typeof value === 'object' ? (value as Loose)[key] : undefined;
  return inner && typeof inner === 'object' ? (inner as Loose) : {};
};
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function checkUnique(items: Loose[], name: string, out: ShapeIssue[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const id = str(item.id);
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      out.push({
        path: `${name}[${index}].id`,
        message: `duplicate id ${quoted(id)}, already used by ${name}[${earlier}]`,
      });
  });
  return new Set(first.keys());
}

export function checkReferences(value: unknown): ShapeIssue[] {
  const out: ShapeIssue[] = [];
  const root = value && typeof value === 'object' ? (value as Loose) : {};
  const problems = list(root.problems);
  const projects = list(root.projects);
  const problemIds = checkUnique(problems, 'problems', out);
  checkUnique(projects, 'projects', out);
  out.push(...checkFoundation(value));

  const used = new Set<string>();
  projects.forEach((project, i) => {
    (Array.isArray(project.problems) ? project.problems : []).forEach((id: unknown, j: number) => {
      if (typeof id !== 'string') return;
      used.add(id);
      if (problemIds.size > 0 && !problemIds.has(id)) {
        out.push({
          path: `projects[${i}].problems[${j}]`,
          message: `unknown problem ${quoted(id)}${didYouMean(id, problemIds)}`,
        });
      }
    });
  });
  if (projects.length > 0) {
    problems.forEach((problem, i) => {
      const id = str(problem.id);
      if (id !== undefined && !used.has(id)) {
        out.push({
          path: `problems[${i}]`,
          message: `problem ${quoted(id)} has no projects; tag at least one project with it or remove it`,
        });
      }
    });
  }

  const paragraphs = new Map<number, number>();
  list(field(root, 'article').paragraphs).forEach((p, i) => {
    if (typeof p.paragraph !== 'number' || !Number.isInteger(p.paragraph)) return;
    const earlier = paragraphs.get(p.paragraph);
    if (earlier !== undefined) {
      out.push({
        path: `article.paragraphs[${i}].paragraph`,
        message: `paragraph ${p.paragraph} is already described by article.paragraphs[${earlier}]`,
      });
    } else paragraphs.set(p.paragraph, i);
  });

  const quotes = new Map<string, number>();
  problems.forEach((problem, i) => {
    const ref = field(problem, 'article');
    const path = `problems[${i}].article`;
    if (Number.isInteger(ref.paragraph) && paragraphs.size > 0 && !paragraphs.has(ref.paragraph as number)) {
      out.push({
        path: `${path}.paragraph`,
        message: `paragraph ${ref.paragraph} is not listed in article.paragraphs`,
      });
    }
    const quote = str(ref.quote)?.trim();
    if (!quote) return;
    const words = quote.split(/\s+/).length;
    if (words > MAX_QUOTE_WORDS) {
      out.push({
        path: `${path}.quote`,
        message: `quote has ${words} words; keep it to at most ${MAX_QUOTE_WORDS} so the link stays a short anchor`,
      });
    }
    const earlier = quotes.get(quote.toLowerCase());
    if (earlier !== undefined) {
      out.push({
        path: `${path}.quote`,
        message: `the same quote already anchors problems[${earlier}]; pick a phrase unique to this problem`,
      });
    } else quotes.set(quote.toLowerCase(), i);
  });
  return out;
}
