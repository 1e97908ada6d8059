/**
 * Rules on `formerly`, the names a project went by before: a former name is not the project's own name
 * nor another project's name today (search would then find the wrong one under it), is listed once, and
 * its `until` day is not in the future and comes after the entry before it (oldest first). Names compare
 * as the map compares them (case and look-alike letters folded, see confusables.ts). Like checkDates it
 * runs even when the shape has errors, so it reads the value defensively.
 */
import type { ShapeIssue } from './checkShape.ts';
import { skeleton } from './confusables.ts';
import { latestRecordable } from './isoDate.ts';
import { quoted } from './paths.ts';

type Loose = Record<string, unknown>;

const record = (value: unknown): Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `now` is a parameter so tests can pin "today"; the app passes nothing. */
export function checkFormerly(value: unknown, now: Date = new Date()): ShapeIssue[] {
  const projects = Array.isArray(record(value).projects) ? (record(value).projects as unknown[]) : [];
  const current = new Map<string, number>();
  projects.forEach((project, i) => {
    const name = text(record(project).name);
    if (name !== undefined && !current.has(skeleton(name))) current.set(skeleton(name), i);
  });
  const latest = latestRecordable(now);
  const out: ShapeIssue[] = [];
  projects.forEach((project, i) => {
    const formerly = record(project).formerly;
    if (!Array.isArray(formerly)) return;
    const seen = new Set<string>();
    let previousDay: string | undefined;
    formerly.forEach((entry: unknown, n) => {
      const path = `projects[${i}].formerly[${n}]`;
      const name = text(record(entry).name);
      const until = text(record(entry).until);
      if (name !== undefined && name.trim() !== '') {
        const key = skeleton(name);
        const owner = current.get(key);
        if (owner === i) {
          out.push({
            path: `${path}.name`,
            message: `${quoted(name)} is the project's name today; list only names it no longer goes by`,
          });
        } else if (owner !== undefined) {
          out.push({
            path: `${path}.name`,
            message: `${quoted(name)} is the name of projects[${owner}] today; search would find the wrong project under it (remove it, or rename one of them)`,
          });
        } else if (seen.has(key)) {
          out.push({ path: `${path}.name`, message: `${quoted(name)} is listed twice` });
        }
        seen.add(key);
      }
      if (until === undefined || !DAY.test(until)) return;
      if (until > latest) {
        out.push({
          path: `${path}.until`,
          message: `${until} is in the future; record a day that has passed`,
        });
      } else if (previousDay !== undefined && until < previousDay) {
        out.push({
          path: `${path}.until`,
          message: `${until} comes before ${previousDay}, the day of the name listed above it; list former names oldest first`,
        });
      }
      previousDay = until;
    });
  });
  return out;
}
