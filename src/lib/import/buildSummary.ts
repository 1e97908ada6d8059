/** The importer's account of one import, from what `importLandscape` worked out on the way. */
import type { Catalog } from '../catalog/types.ts';
import type { FoundationName } from './nameFoundation.ts';
import type { OrganisationPlaces } from './organisations.ts';
import type { LevelReading } from './readLevels.ts';
import { countProblems } from './summarize.ts';
import { MAX_SHARE } from './capProblems.ts';
import type { ImportSummary, SkippedItem } from './types.ts';

export interface SummaryInput {
  read: number;
  catalog: Catalog;
  skipped: SkippedItem[];
  named: FoundationName;
  levels: LevelReading;
  organisations: OrganisationPlaces;
  bundled: Catalog;
  /** Problem ids used before any split. */
  used: Set<string>;
  curatedIndex: Array<number | undefined>;
  unmapped: string[];
  unknownSecondPaths: string[];
  ownProblems: number;
  split: ImportSummary['splitProblems'];
  fixes: ImportSummary['fixes'];
}

export function buildSummary(input: SummaryInput): ImportSummary {
  const { catalog, levels, bundled, curatedIndex } = input;
  const projects = catalog.projects;
  const perProblem = countProblems(catalog.problems, projects);
  const largest = [...perProblem].sort((a, b) => b.projects - a.projects)[0];
  const share = (n: number) => n / Math.max(1, projects.length);
  return {
    read: input.read,
    imported: projects.length,
    skipped: input.skipped,
    perProblem,
    curated: curatedIndex.filter((i) => i !== undefined).length,
    unmappedSubcategories: input.unmapped,
    foundation: {
      ...input.named,
      levels: levels.levels.map((l) => ({ ...l, items: levels.counts.get(l.id) ?? 0 })),
    },
    levelsRecognised: levels.recognised,
    levelsUnknown: levels.unknown,
    organisationPlaces: input.organisations.reasons,
    levelLists: [...levels.levelLists],
    ownProblems: input.ownProblems,
    splitProblems: input.split,
    largestProblem: largest && {
      id: largest.id,
      projects: largest.projects,
      share: Math.round(share(largest.projects) * 1000) / 1000,
    },
    overCap: perProblem.filter((p) => share(p.projects) > MAX_SHARE && p.projects > 1).map((p) => p.id),
    unknownSecondPaths: input.unknownSecondPaths,
    droppedProblems: bundled.problems.filter((p) => !input.used.has(p.id)).map((p) => p.id),
    curatedMissing: bundled.projects.filter((_, i) => !curatedIndex.includes(i)).map((p) => p.id),
    fixes: input.fixes,
  };
}
