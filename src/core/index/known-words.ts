import type { CountryEntry } from '../lexicon/countries.js';
import { CUE_PHRASES } from '../lexicon/cues.js';
import { KIND_WORDS } from '../lexicon/kinds.js';
import { QUESTION_WORDS } from '../lexicon/question-words.js';
import type { Dataset } from '../schema/dataset.js';
import { canonicalTokens, canonicalWord, splitWords, wordForms } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { PhraseTable } from './phrase-table.js';

// One-word cues only: "how to use" is a cue, but "use" stays a topic word ("use cases").
const CUE_WORDS = new Set(
  Object.values(CUE_PHRASES)
    .flat()
    .filter((phrase) => !phrase.includes(' '))
    .flatMap(canonicalTokens),
);

/**
 * Words that only multi-word cues hold ("leave" of "leave out", "counting" of "not counting"):
 * alone they name nothing, so a remark made of them ("just back from parental leave") is still
 * one that names nothing the dataset knows.
 */
export const CUE_PHRASE_ONLY_WORDS: ReadonlySet<string> = new Set(
  Object.values(CUE_PHRASES)
    .flat()
    .filter((phrase) => phrase.includes(' '))
    .flatMap(canonicalTokens)
    .filter((word) => !CUE_WORDS.has(word) && !STOPWORDS.has(word)),
);

/** Whether a canonical word can carry a topic: not a stop word, cue word or bare number. */
export function isContentWord(token: string): boolean {
  return token.length > 1 && !STOPWORDS.has(token) && !CUE_WORDS.has(token) && !/^\d+$/.test(token);
}

/** Every canonical word of the entity phrases, stop words included: the words the bot knows. */
export function knownWordsOf(entities: PhraseTable<unknown>): Set<string> {
  const known = new Set<string>(STOPWORDS);
  entities.forEachWord((word) => known.add(word));
  return known;
}

/** Texts of the work packages and synonym groups: the dataset's own words, as written. */
function* datasetTexts(dataset: Dataset): Generator<string> {
  for (const wp of dataset.workPackages) {
    yield wp.covers;
    yield* wp.keywords;
  }
  for (const group of dataset.synonyms) yield* group.terms;
}

/** Texts of eucanbot's own lexicons: countries, regions, kinds of organisation, cue phrases. */
function* lexiconTexts(
  gazetteer: readonly CountryEntry[],
  regionSpellings: readonly string[],
): Generator<string> {
  for (const country of gazetteer) yield* country.spellings;
  yield* regionSpellings;
  for (const words of Object.values(KIND_WORDS)) yield* words;
  for (const phrases of Object.values(CUE_PHRASES)) yield* phrases;
}

/** The words a typo may have been meant as, and how answers write them. */
export interface SurfaceVocabulary {
  /** Surface word (folded) → canonical form. */
  words: Map<string, string>;
  /**
   * A word only a lexicon writes → the dataset's spelling of its canonical form: a typo read as
   * the gazetteer's "region" is shown as the dataset's "regions", the word that matched.
   */
  datasetSpelling: Map<string, string>;
}

/**
 * Surface word → canonical form, for the words whose canonical form names something: the
 * words of the indexed texts first, then the consortium's name, the partners' names, the work
 * packages and synonyms, and the lexicons (countries, regions, kinds, cues), in order of first use (the corrector's ties follow
 * it); last, the question words a typo may also have been meant as.
 */
export function surfaceVocabulary(
  dataset: Dataset,
  gazetteer: readonly CountryEntry[],
  written: { texts: ReadonlyMap<string, string>; names: ReadonlyMap<string, string> },
  known: ReadonlySet<string>,
  regionSpellings: readonly string[] = [],
): SurfaceVocabulary {
  const words = new Map<string, string>();
  const datasetSpelling = new Map<string, string>();
  // Canonical form → the dataset's first spelling of it.
  const firstSpelling = new Map<string, string>();
  let fromDataset = true;
  const keep = (norm: string, canon: string): void => {
    if (!known.has(canon) || STOPWORDS.has(canon)) return;
    if (fromDataset && !firstSpelling.has(canon)) firstSpelling.set(canon, norm);
    const own = firstSpelling.get(canon);
    if (!fromDataset && !words.has(norm) && own !== undefined) datasetSpelling.set(norm, own);
    words.set(norm, canon);
  };
  const read = (text: string): void => {
    for (const raw of splitWords(text)) keep(...wordForms(raw));
  };
  for (const [norm, canon] of written.texts) keep(norm, canon);
  read(dataset.consortium.name);
  for (const [norm, canon] of written.names) keep(norm, canon);
  for (const text of datasetTexts(dataset)) read(text);
  fromDataset = false;
  for (const text of lexiconTexts(gazetteer, regionSpellings)) read(text);
  for (const word of QUESTION_WORDS) words.set(word, canonicalWord(word));
  return { words, datasetSpelling };
}
