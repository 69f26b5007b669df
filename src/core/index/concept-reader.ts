import { splitWords, wordForms } from '../text/normalise.js';
import { type ConceptVocabulary, exactConcept, tokenConcept } from './topic-concepts.js';

/** Reads texts into concept ids, interning concepts as they are first found. */
export interface ConceptReader {
  /** Reads a text's distinct concepts into `found`, as ids into `names`; returns how many. */
  read(text: string): number;
  /** The concepts of the text read last, in its first entries; the next read overwrites them. */
  readonly found: Int32Array;
  /** Concept id → concept ("t:mri", "syn:3", "x:breast cancer"). */
  readonly names: readonly string[];
  /** Every word read, as written (folded), with its canonical form, in order of first use. */
  readonly writtenWords: ReadonlyMap<string, string>;
}

/** What a word as typed contributes, worked out once per distinct word. */
interface WordInfo {
  canon: string;
  concepts: readonly number[];
  startsPhrase: boolean;
}

/**
 * A reader over the vocabulary. The index build reads about a million words (every token of
 * every role and profile text) but only a few thousand distinct ones, so each distinct word is
 * normalised, looked up and interned once, concepts are numbers, and a text's concepts are
 * deduplicated with a stamp per concept rather than a Set per text.
 */
export function createConceptReader(
  vocabulary: ConceptVocabulary,
  isContentWord: (token: string) => boolean,
): ConceptReader {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const writtenWords = new Map<string, string>();
  const infoOfRaw = new Map<string, WordInfo>();
  const phraseConcepts = new Map<string, readonly number[]>();
  let stamps = new Int32Array(1024);
  let serial = 0;

  const intern = (concept: string): number => {
    let id = ids.get(concept);
    if (id === undefined) {
      id = names.push(concept) - 1;
      ids.set(concept, id);
      if (id >= stamps.length) {
        const grown = new Int32Array(stamps.length * 2);
        grown.set(stamps);
        stamps = grown;
      }
    }
    return id;
  };
  const infoOf = (raw: string): WordInfo => {
    let info = infoOfRaw.get(raw);
    if (info === undefined) {
      const [norm, canon] = wordForms(raw);
      writtenWords.set(norm, canon);
      const content = isContentWord(canon);
      const group = content ? intern(vocabulary.conceptOf(canon)) : -1;
      const own = content ? intern(tokenConcept(canon)) : -1;
      // Most words belong to no synonym group: then their group concept is the word itself.
      const concepts = group < 0 ? [] : group === own ? [own] : [group, own];
      info = { canon, concepts, startsPhrase: vocabulary.phrases.startsWith(canon) };
      infoOfRaw.set(raw, info);
    }
    return info;
  };
  const conceptsOfPhrase = (key: string, values: readonly string[]): readonly number[] => {
    let found = phraseConcepts.get(key);
    if (found === undefined) {
      found = [...values.map(intern), intern(exactConcept(key))];
      phraseConcepts.set(key, found);
    }
    return found;
  };

  // Reused across texts, so reading allocates nothing but the words themselves.
  const infos: WordInfo[] = [];
  const canon: string[] = [];
  const reader = { read, names, writtenWords, found: new Int32Array(256) };
  let count = 0;
  const add = (id: number): void => {
    if (stamps[id] === serial) return;
    stamps[id] = serial;
    if (count === reader.found.length) {
      const grown = new Int32Array(count * 2);
      grown.set(reader.found);
      reader.found = grown;
    }
    reader.found[count++] = id;
  };
  function read(text: string): number {
    serial += 1;
    count = 0;
    let words = 0;
    let phrases = false;
    for (const raw of splitWords(text)) {
      const info = infoOf(raw);
      infos[words] = info;
      canon[words] = info.canon;
      words += 1;
      if (info.startsPhrase) phrases = true;
      for (const id of info.concepts) add(id);
    }
    // Longest phrases, left to right without overlaps, as PhraseTable.scan.
    for (let i = 0; phrases && i < words; ) {
      const match = infos[i]?.startsPhrase
        ? vocabulary.phrases.matchAt(canon, i, undefined, words)
        : undefined;
      if (match === undefined) {
        i += 1;
        continue;
      }
      for (const id of conceptsOfPhrase(match.key, match.values)) add(id);
      i += match.length;
    }
    return count;
  }
  return reader;
}
