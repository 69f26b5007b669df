import { wordForms } from '../text/normalise.js';
import { WordInterner } from '../text/word-interner.js';
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

/**
 * A reader over the vocabulary. The index build reads about a million words (every token of
 * every role and profile text) but only a few thousand distinct ones, so words are numbered as
 * they are read (see `WordInterner`), each distinct word is normalised and looked up once,
 * concepts are numbers, and a text's concepts are deduplicated with a stamp per concept rather
 * than a Set per text.
 */
export function createConceptReader(
  vocabulary: ConceptVocabulary,
  isContentWord: (token: string) => boolean,
): ConceptReader {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const writtenWords = new Map<string, string>();
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
  const conceptsOfPhrase = (key: string, values: readonly string[]): readonly number[] => {
    let found = phraseConcepts.get(key);
    if (found === undefined) {
      found = [...values.map(intern), intern(exactConcept(key))];
      phraseConcepts.set(key, found);
    }
    return found;
  };

  // Per word id, in the order words are first read: its canonical form, its concepts (its
  // synonym group's and its own, -1 for none; the same when it is in no group) and whether a
  // phrase starts with it.
  const words = new WordInterner();
  const canonOf: string[] = [];
  const groupOf: number[] = [];
  const ownOf: number[] = [];
  const startsPhrase: boolean[] = [];
  const describe = (word: string): void => {
    const [norm, canon] = wordForms(word);
    writtenWords.set(norm, canon);
    canonOf.push(canon);
    const content = isContentWord(canon);
    groupOf.push(content ? intern(vocabulary.conceptOf(canon)) : -1);
    ownOf.push(content ? intern(tokenConcept(canon)) : -1);
    startsPhrase.push(vocabulary.phrases.startsWith(canon));
  };

  // Reused across texts, so reading allocates nothing but new words.
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
    const length = words.read(text);
    for (let word = canonOf.length; word < words.size; word++) describe(words.words[word] ?? '');
    const textWords = words.ids;
    let phrases = false;
    for (let i = 0; i < length; i++) {
      const word = textWords[i] ?? 0;
      canon[i] = canonOf[word] ?? '';
      if (startsPhrase[word] === true) phrases = true;
      const group = groupOf[word] ?? -1;
      if (group >= 0) add(group);
      const own = ownOf[word] ?? -1;
      if (own !== group) add(own);
    }
    // Longest phrases, left to right without overlaps, as PhraseTable.scan.
    for (let i = 0; phrases && i < length; ) {
      const match =
        startsPhrase[textWords[i] ?? 0] === true
          ? vocabulary.phrases.matchAt(canon, i, undefined, length)
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
