import { SUBJECT_PRONOUNS } from '../lexicon/lead-words.js';
import { foldCase, splitWords } from '../text/normalise.js';

/** A partner named in a text, or a pronoun that may stand for one, by word positions. */
export interface Mention {
  start: number;
  end: number;
  /** The partners a name may mean (usually one); empty for a pronoun. */
  ids: readonly string[];
  pronoun: boolean;
}

const ASCII = /^[\x20-\x7e]*$/;

/** The words of a text as the finders compare them: folded to lower-case ASCII. */
export function foldedWords(text: string): string[] {
  // Most names are plain ASCII, where folding is lower-casing: the same words, several times
  // faster than Unicode normalisation, which matters for 40,000 names at every load.
  if (ASCII.test(text)) return splitWords(text.toLowerCase());
  return splitWords(text).map(foldCase);
}

/** Every name a dataset gives a partner, as the document may write it. */
export function namesOf(partner: {
  acronym: string;
  name: string;
  legalName: string;
  aliases: readonly string[];
}): string[] {
  return [partner.acronym, partner.name, partner.legalName, ...partner.aliases];
}

interface NameEntry {
  words: readonly string[];
  ids: Set<string>;
}

/** Finds partners' names in texts, longest name first, case and accents aside. */
export interface NameFinder {
  mentions(words: readonly string[]): Mention[];
}

/** The first word of an ASCII name, cheaply; undefined for others, which are folded in full. */
function asciiFirstWord(name: string): string | undefined {
  return ASCII.test(name) ? (/[a-z0-9]+/.exec(name.toLowerCase())?.[0] ?? '') : undefined;
}

/**
 * Indexes names by their first word, so that a sentence is read in one pass whatever the number
 * of partners. Only names whose first word occurs in `texts`, the texts it will be asked about,
 * are indexed: the bench's 10,000-organisation datasets have 40,000 names, and are validated at
 * every load, while a handful of sentences are read for leads.
 */
export function createNameFinder(
  partners: readonly { id: string; names: readonly string[] }[],
  texts: readonly string[],
): NameFinder {
  const present = new Set(texts.flatMap(foldedWords));
  const byKey = new Map<string, NameEntry>();
  for (const { id, names } of partners)
    for (const name of names) {
      const first = asciiFirstWord(name);
      if (first !== undefined && !present.has(first)) continue;
      const words = foldedWords(name);
      if (words.length === 0 || !present.has(words[0] as string)) continue;
      const key = words.join(' ');
      const entry = byKey.get(key);
      if (entry === undefined) byKey.set(key, { words, ids: new Set([id]) });
      else entry.ids.add(id);
    }
  const byFirst = new Map<string, NameEntry[]>();
  for (const entry of byKey.values()) {
    const first = entry.words[0] as string;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [entry]);
    else list.push(entry);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    mentions(words) {
      const found: Mention[] = [];
      for (let i = 0; i < words.length; ) {
        const word = words[i] as string;
        const entry = byFirst.get(word)?.find((e) => e.words.every((w, k) => words[i + k] === w));
        if (entry !== undefined) {
          const end = i + entry.words.length;
          found.push({ start: i, end, ids: [...entry.ids], pronoun: false });
          i = end;
          continue;
        }
        if (SUBJECT_PRONOUNS.has(word))
          found.push({ start: i, end: i + 1, ids: [], pronoun: true });
        i += 1;
      }
      return found;
    },
  };
}
