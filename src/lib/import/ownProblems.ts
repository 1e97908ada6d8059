/**
 * Problems of a landscape's own: each subcategory the mapping file does not
 * place becomes a problem named after it and grouped under its category. Its
 * question says only what the landscape says (which projects it lists there);
 * it has no `why`, since nobody has argued why microservices would create it.
 * Ids are slugs of the subcategory (the category's name is added when two
 * collide or the slug is taken); a name shared by two categories gets the
 * category in brackets.
 */
import { LIMITS } from '../catalog/limits.ts';
import type { Problem } from '../catalog/types.ts';
import { cleanText } from './cleanText.ts';
import { pathKey } from './mapSubcategory.ts';
import { shortHash, slugify } from './slugIds.ts';

export interface OwnProblem extends Problem {
  /** `Category / Subcategory`, or just the category for projects listed only by level. */
  place: string;
}

export class OwnProblems {
  private readonly byPlace = new Map<string, OwnProblem>();

  /** `taken`: ids already used (the curated and the mapping's problems). */
  constructor(
    private readonly taken: Set<string>,
    private readonly foundation: string,
  ) {}

  /** The id of the problem for `place` (`Category / Subcategory`, or a bare category), made on first use. */
  idFor(place: string): string {
    const key = pathKey(place);
    const known = this.byPlace.get(key);
    if (known) return known.id;
    const [category = '', ...rest] = place.split(' / ');
    const sub = rest.join(' / ') || category;
    const name =
      cleanText(sub, LIMITS.nameLength, { name: true }).text || cleanText(place, LIMITS.nameLength).text;
    const group = cleanText(category, LIMITS.nameLength).text;
    const candidates = [slugify(sub), slugify(`${category} ${sub}`), `subcategory-${shortHash(key)}`];
    let id = candidates.find((c) => c && !this.taken.has(c));
    for (let n = 2; id === undefined; n++)
      if (!this.taken.has(`${candidates[1]}-${n}`)) id = `${candidates[1]}-${n}`;
    this.taken.add(id);
    const question = cleanText(
      `Which projects does the ${this.foundation} landscape list under ${place}?`,
      LIMITS.textLength,
    ).text;
    this.byPlace.set(key, { id, name, question, aliases: [], article: null, group, place });
    return id;
  }

  /**
   * The problems made, in the order of `places` (the file's), with names distinct from each other and
   * from `takenNames` (the validator refuses two problems whose names read the same).
   */
  problems(places: string[], takenNames: string[] = []): OwnProblem[] {
    const rank = new Map(places.map((p, i) => [pathKey(p), i]));
    const made = [...this.byPlace.entries()]
      .sort(
        ([a], [b]) => (rank.get(a) ?? rankOfCategory(a, places)) - (rank.get(b) ?? rankOfCategory(b, places)),
      )
      .map(([, p]) => ({ ...p }));
    const key = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
    const counts = new Map<string, number>();
    for (const name of [...takenNames, ...takenNames, ...made.map((p) => p.name)]) {
      counts.set(key(name), (counts.get(key(name)) ?? 0) + 1);
    }
    for (const p of made) {
      if ((counts.get(key(p.name)) ?? 0) > 1 && p.group && key(p.group) !== key(p.name)) {
        p.name = cleanText(`${p.name} (${p.group})`, LIMITS.nameLength, { name: true }).text;
      }
    }
    return made;
  }
}

/** A bare category sorts with its first subcategory. */
function rankOfCategory(key: string, places: string[]): number {
  const index = places.findIndex((p) => pathKey(p).startsWith(`${key} / `));
  return index < 0 ? places.length : index;
}
