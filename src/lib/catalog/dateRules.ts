/**
 * The rules a project's `dates` obey, written once for the validator
 * (`checkDates`, which places each problem at a line and column) and for the
 * importer (which drops dates that break them rather than write a catalog the
 * validator refuses). docs/catalog-format.md states them for people.
 */
import type { ProjectDates } from './types.ts';
import { isIsoDate } from './isoDate.ts';

export type Step = keyof ProjectDates;

/** The steps in the order a project goes through them. */
export const STEPS: readonly Step[] = ['accepted', 'incubating', 'graduated', 'archived'];

/** A broken rule: about one date, or (field null) about the `dates` mapping as a whole. */
export interface DateProblem {
  field: Step | null;
  message: string;
}

/** Which steps each maturity level requires and which it cannot have had. */
const LEVEL_RULES: Record<string, { needs: Step[]; excludes: Step[] }> = {
  sandbox: { needs: [], excludes: ['incubating', 'graduated', 'archived'] },
  incubating: { needs: ['incubating'], excludes: ['graduated', 'archived'] },
  graduated: { needs: ['graduated'], excludes: ['archived'] },
  archived: { needs: ['archived'], excludes: [] },
};

const REACHED: Record<Step, string> = {
  accepted: 'was accepted',
  incubating: 'became incubating',
  graduated: 'graduated',
  archived: 'was archived',
};

const shown = (step: Step, dates: Record<string, unknown>) => `${step} (${String(dates[step])})`;

/**
 * Every rule `dates` breaks for a project of level `maturity` (undefined when the level itself is
 * invalid: the shape check reports that). Dates that are not real YYYY-MM-DD days are left to the
 * shape check; `latest` is the last day a step may carry (see `latestRecordable`).
 */
export function dateProblems(
  dates: Record<string, unknown>,
  maturity: string | undefined,
  latest: string,
): DateProblem[] {
  const out: DateProblem[] = [];
  const present = (step: Step) => Object.hasOwn(dates, step) && dates[step] !== undefined;
  const day = (step: Step) => (isIsoDate(dates[step]) ? dates[step] : undefined);

  if (maturity === 'none') {
    return [
      {
        field: null,
        message:
          'dates record steps in a foundation, but maturity is none (a project outside it); remove dates, or set maturity to its level',
      },
    ];
  }
  if (!present('accepted')) {
    out.push({
      field: null,
      message:
        'missing "accepted": dates start with the day the foundation accepted the project (for one that joined at incubating, the same day as "incubating")',
    });
  }
  const rules =
    maturity !== undefined && Object.hasOwn(LEVEL_RULES, maturity) ? LEVEL_RULES[maturity] : undefined;
  for (const step of rules?.needs ?? []) {
    if (!present(step)) {
      out.push({
        field: null,
        message: `missing "${step}": maturity is ${maturity}, so dates need the day it ${REACHED[step]}`,
      });
    }
  }
  for (const step of rules?.excludes ?? []) {
    if (present(step)) {
      out.push({
        field: step,
        message: `maturity is ${maturity}, so the project cannot have been ${step}; remove this date or update maturity`,
      });
    }
  }
  STEPS.forEach((step, index) => {
    const value = day(step);
    if (value === undefined) return;
    if (value > latest) {
      out.push({
        field: step,
        message: `${shown(step, dates)} is in the future; dates record steps already taken`,
      });
    }
    // Each step on or after every earlier one: accepted <= incubating <= graduated, archived last.
    const earlier = STEPS.slice(0, index).filter((before) => {
      const other = day(before);
      return other !== undefined && other > value;
    });
    const latestEarlier = earlier.at(-1);
    if (latestEarlier !== undefined) {
      out.push({
        field: step,
        message: `${shown(step, dates)} is before ${shown(latestEarlier, dates)}; the steps go accepted, incubating, graduated, and archived comes last`,
      });
    }
  });
  return out;
}
