/**
 * Catalog text to indexed text: tokens numbered against the vocabulary, with
 * their offsets, plus the compact form of a name of several words; and the
 * ways a project's name can be written, as term lists a query can cover.
 */
import type { Project } from '../catalog/types.ts';
import { FIELD, type IndexedText, type IndexedToken, type NameVariant } from './searchIndex.ts';
import { isStopWord } from './stopWords.ts';
import { tokenise } from './tokenise.ts';
import type { Vocabulary } from './vocabulary.ts';

export function indexText(vocabulary: Vocabulary, text: string, isName = false): IndexedText {
  const tokens = tokenise(text).map((t) => ({
    term: vocabulary.add(t.term, isName),
    start: t.start,
    end: t.end,
  }));
  const words = tokens.length;
  if (isName && words > 1) {
    // "cert-manager" is also one word, "certmanager", covering the whole name.
    const compact = tokens.map((t) => vocabulary.terms[t.term]).join('');
    tokens.push({ term: vocabulary.add(compact, true), start: tokens[0]!.start, end: tokens.at(-1)!.end });
  }
  return { text, tokens, words };
}

export const contentTerms = (vocabulary: Vocabulary, tokens: IndexedToken[]): number[] => {
  const all = [...new Set(tokens.map((t) => t.term))];
  const kept = all.filter((term) => !isStopWord(vocabulary.terms[term]!));
  return kept.length > 0 ? kept : all;
};

export function nameVariants(vocabulary: Vocabulary, project: Project, fields: IndexedText[]): NameVariant[] {
  const texts = [
    project.name,
    project.name.replace(/\([^)]*\)/g, ' '),
    ...(project.name.match(/\(([^)]*)\)/g) ?? []),
  ];
  const written = [...texts.map((text) => indexText(vocabulary, text, true)), fields[FIELD.id]!];
  const variants = (field: IndexedText, primary: boolean) => [
    { terms: contentTerms(vocabulary, field.tokens.slice(0, field.words)), primary, compact: false },
    { terms: field.tokens.slice(field.words).map((t) => t.term), primary, compact: true },
  ];
  const all = [...written.flatMap((f) => variants(f, true)), ...variants(fields[FIELD.landscape]!, false)];
  const seen = new Set<string>();
  return all.filter((v) => v.terms.length > 0 && !seen.has(v.terms.join()) && seen.add(v.terms.join()));
}
