import { distance as editDistance } from 'fastest-levenshtein';
import Fuse, { type IFuseOptions } from 'fuse.js';

/** A typo fix: the known word closest to what was typed, and its distance. */
export interface Correction {
  /** The known word's canonical form, which matching uses. */
  word: string;
  /** The known word as the dataset or a lexicon writes it (folded), which answers show. */
  surface: string;
  distance: number;
}

/** Finds the known word a mistyped word was meant to be. */
export interface Corrector {
  /** Best known word for a word as typed (lower case), within `maxDistance` (Fuse score, 0..1). */
  correct(word: string, maxDistance: number): Correction | undefined;
}

const MIN_LENGTH = 4;

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}

/** Edits a typo may have: one in a short word, two from seven letters. */
function maxEdits(word: string): number {
  return word.length >= 7 ? 2 : 1;
}

/** Whether two words differ by one swap of neighbouring letters: "spian" and "spain". */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first += 1;
  return (
    first + 1 < a.length &&
    a[first] === b[first + 1] &&
    a[first + 1] === b[first] &&
    a.slice(first + 2) === b.slice(first + 2)
  );
}

/** Edits between a typo and a known word, a swapped pair counting as one (as people make it). */
function typoEdits(known: string, word: string): number {
  return isSwap(known, word) ? 1 : editDistance(known, word);
}
/** Fuse's own cut-off; callers ask for less. Tuned on the golden set's typos. */
const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.5,
  // A match must keep three letters in a row: "lung" is not "long", nor "wheat" "what".
  minMatchCharLength: MIN_LENGTH - 1,
  isCaseSensitive: true,
  shouldSort: true,
};
/** Most corrections remembered; the memo is emptied when full, so it stays bounded. */
const CACHE_LIMIT = 10_000;

/**
 * Typo fixes over the known words as people write them ("lynkeus", "packages"); a hit is
 * returned in canonical form. Candidates are the known words within the allowed edits, with the
 * same first letter (spell checkers trust it): the word's first-letter-and-length buckets are
 * read with fastest-levenshtein, which costs well under a millisecond where running fuse.js over
 * them took several on a 10,000-partner vocabulary. fuse.js then scores the few candidates, so
 * distances keep their meaning (TYPO_DISTANCE, DID_YOU_MEAN_DISTANCE). Whole words only, so
 * "mac" never matches "machine" through Fuse's substring search. Words in `strict` are reached
 * by a wrong, swapped or missing letter ("waht", "abuot", "wich"), never by an extra one:
 * "wheat" is no "what". A hit's surface is the word as found, or as `shownAs` spells it.
 */
export function createCorrector(
  surface: ReadonlyMap<string, string>,
  strict: ReadonlySet<string> = new Set(),
  shownAs: ReadonlyMap<string, string> = new Map(),
): Corrector {
  const buckets = new Map<string, string[]>();
  for (const word of surface.keys()) {
    if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
    const key = bucketKey(word[0] ?? '', word.length);
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [word]);
    else bucket.push(word);
  }
  const fuse = new Fuse<string>([], FUSE_OPTIONS);

  const closest = (word: string): Correction | null => {
    const edits = maxEdits(word);
    // An edit changes the length by one at most, so farther lengths cannot be within reach.
    const near: string[] = [];
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      for (const known of buckets.get(bucketKey(word[0] ?? '', length)) ?? [])
        if (typoEdits(known, word) <= edits && (length >= word.length || !strict.has(known)))
          near.push(known);
    }
    if (near.length === 0) return null;
    // One search over the candidates of every length, not one per length: Fuse builds its
    // pattern tables on each search, the cost of a word never seen before. A candidate's score
    // depends on it alone, and Fuse sorts by score, then by order, so each length's first hit
    // is the one a search over that length's candidates alone would give.
    fuse.setCollection(near);
    const firstByLength = new Map<number, { item: string; score: number }>();
    for (const { item, score } of fuse.search(word))
      if (score !== undefined && !firstByLength.has(item.length))
        firstByLength.set(item.length, { item, score });
    let best: Correction | null = null;
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      const hit = firstByLength.get(length);
      if (hit === undefined) continue;
      // Bitap counts a swapped pair as two errors; it is one typo, scored as one substitution.
      const score = isSwap(hit.item, word) ? Math.min(hit.score, 1 / word.length) : hit.score;
      // Prefer the closer length on a tie: "partner" over "partners".
      const distance = score + Math.abs(length - word.length) * 0.01;
      const canon = surface.get(hit.item);
      if (canon !== undefined && (best === null || distance < best.distance))
        best = { word: canon, surface: shownAs.get(hit.item) ?? hit.item, distance };
    }
    return best;
  };

  const cache = new Map<string, Correction | null>();
  return {
    correct(word, maxDistance) {
      if (word.length < MIN_LENGTH) return undefined;
      let best = cache.get(word);
      if (best === undefined) {
        best = closest(word);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(word, best);
      }
      return best !== null && best.distance <= maxDistance ? best : undefined;
    },
  };
}

/**
 * A corrector built by `build` when first asked: most questions need none, and building one
 * reads every known spelling. The answers are the same as the built corrector's.
 */
export function createLazyCorrector(build: () => Corrector): Corrector {
  let corrector: Corrector | undefined;
  return {
    correct(word, maxDistance) {
      if (word.length < MIN_LENGTH) return undefined;
      corrector ??= build();
      return corrector.correct(word, maxDistance);
    },
  };
}
