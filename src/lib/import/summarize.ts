/**
 * The importer's account of itself: per-problem counts, and the summary as the
 * lines the CLI prints. `read = imported + skipped` is checked here, so a
 * mismatch is impossible to miss.
 */
import type { Problem, Project } from '../catalog/types.ts';
import { SKIP_RULES, type ImportSummary, type ProblemCount, type SkipRule } from './types.ts';

export function countProblems(problems: Problem[], projects: Project[]): ProblemCount[] {
  return problems.map((problem) => ({
    id: problem.id,
    name: problem.name,
    projects: projects.filter((p) => p.problems.includes(problem.id)).length,
    primary: projects.filter((p) => p.problems[0] === problem.id).length,
  }));
}

/** Skipped items per rule, in the order of `SKIP_RULES`; rules that skipped nothing are left out. */
export function skippedByRule(summary: ImportSummary): Array<{ rule: SkipRule; count: number }> {
  return (Object.keys(SKIP_RULES) as SkipRule[])
    .map((rule) => ({ rule, count: summary.skipped.filter((s) => s.rule === rule).length }))
    .filter(({ count }) => count > 0);
}

/** The accounting, or the reason it does not add up. */
export function checkAccounting(summary: ImportSummary): string | undefined {
  const { read, imported, skipped } = summary;
  if (read === imported + skipped.length) return undefined;
  return `items read (${read}) != imported (${imported}) + skipped (${skipped.length}): an importer bug`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Human-readable summary; `examples` skipped items are named per rule. */
export function formatSummary(summary: ImportSummary, examples = 3): string[] {
  const lines: string[] = [];
  const { read, imported, skipped } = summary;
  const balance = checkAccounting(summary) ?? 'checked';
  lines.push(`items read: ${read} = imported ${imported} + skipped ${skipped.length} (${balance})`);
  const { foundation } = summary;
  const levels = foundation.levels.map((l) => `${l.id} "${l.label}" (${l.items})`).join(', ');
  lines.push(
    `foundation: ${foundation.name} (${foundation.short_name}); levels: ${levels || 'none in the file'}`,
  );
  for (const { value, level } of summary.levelsRecognised) lines.push(`  level "${value}" read as ${level}`);
  for (const value of summary.levelsUnknown) {
    lines.push(
      `  level "${value}" is no level this importer knows: kept as a level of its own (check the spelling)`,
    );
  }
  for (const { place, by } of summary.organisationPlaces) {
    lines.push(`organisations, not projects (recognised by ${by}): ${place}`);
  }
  if (summary.levelLists.length > 0) {
    lines.push(
      `lists by level (their projects are placed by their other listings): ${summary.levelLists.join('; ')}`,
    );
  }
  lines.push(`curated projects kept with their tags: ${summary.curated}`);
  for (const { rule, count } of skippedByRule(summary)) {
    lines.push(`skipped ${count} by rule "${rule}": ${SKIP_RULES[rule]}`);
    const named = summary.skipped.filter((s) => s.rule === rule).slice(0, examples);
    for (const s of named) {
      lines.push(`  line ${s.line}: ${s.name} (${s.where})${s.detail ? `: ${s.detail}` : ''}`);
    }
    if (count > named.length) lines.push(`  ... and ${count - named.length} more`);
  }
  lines.push('projects per problem (tagged / most fitting):');
  const width = Math.max(...summary.perProblem.map((p) => p.id.length));
  for (const p of summary.perProblem) {
    lines.push(
      `  ${p.id.padEnd(width)}  ${String(p.projects).padStart(5)} / ${String(p.primary).padStart(5)}`,
    );
  }
  lines.push(
    `problems of the landscape's own (subcategories the mapping does not place): ${summary.ownProblems}`,
  );
  for (const { id, into } of summary.splitProblems) {
    lines.push(`  "${id}" held more than a quarter of the projects: split into ${into.join(', ')}`);
  }
  const largest = summary.largestProblem;
  if (largest) {
    lines.push(
      `largest problem: ${largest.id}, ${largest.projects} of ${imported} projects (${Math.round(largest.share * 100)}%)`,
    );
  }
  if (summary.overCap.length > 0) {
    lines.push(
      `over a quarter of the projects (curated problems are not split): ${summary.overCap.join(', ')}`,
    );
  }
  if (summary.unknownSecondPaths.length > 0) {
    lines.push(`second_path entries naming no subcategory of the file (ignored):`);
    for (const path of summary.unknownSecondPaths) lines.push(`  ${path}`);
  }
  if (summary.curatedMissing.length > 0) {
    lines.push(
      `curated projects not found in the landscape (not imported): ${summary.curatedMissing.join(', ')}`,
    );
  }
  if (summary.droppedProblems.length > 0) {
    lines.push(`problems left out, no imported project solves them: ${summary.droppedProblems.join(', ')}`);
  }
  const f = summary.fixes;
  lines.push(
    `texts: ${plural(f.withoutDescription, 'item')} without a description (none made up), ` +
      `${plural(f.summaryUseCaseDescriptions, 'description')} from extra.summary_use_case, ` +
      `${plural(f.truncated, 'item')} with text cut to the limits, ` +
      `${plural(f.repoDropped, 'repo_url')} dropped (not http(s)), ` +
      `${plural(f.charactersRemoved, 'control or invisible character')} removed`,
  );
  return lines;
}
