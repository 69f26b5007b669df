import Fuse from 'fuse.js';

/** A typo fix: the known word closest to what was typed, and how far it was (0 = exact). */
export interface Correction {
  word: string;
  distance: number;
}

/** Finds the known word a mistyped word was meant to be. */
export interface Corrector {
  /** Best known word within `maxDistance` (Fuse score, 0..1), or undefined. */
  correct(word: string, maxDistance: number): Correction | undefined;
}

const MIN_LENGTH = 4;
const MAX_LENGTH_GAP = 2;
/** Fuse's own cut-off; callers ask for less. Tuned on the golden set's typos. */
const FUSE_THRESHOLD = 0.5;

/**
 * fuse.js over single known words, bucketed by length. Whole words only: a pattern is never
 * matched against a sentence, and a word may differ in length from its match by at most two
 * characters, so "mac" cannot match "machine" through ignoreLocation's substring search.
 */
export function createCorrector(words: readonly string[]): Corrector {
  const byLength = new Map<number, string[]>();
  for (const word of new Set(words)) {
    if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
    const bucket = byLength.get(word.length) ?? [];
    bucket.push(word);
    byLength.set(word.length, bucket);
  }
  const fuses = new Map<number, Fuse<string>>();
  for (const [length, bucket] of byLength) {
    fuses.set(
      length,
      new Fuse(bucket, {
        includeScore: true,
        ignoreLocation: true,
        threshold: FUSE_THRESHOLD,
        minMatchCharLength: MIN_LENGTH - 1,
        isCaseSensitive: true,
        shouldSort: true,
      }),
    );
  }
  const cache = new Map<string, Correction | null>();
  return {
    correct(word, maxDistance) {
      if (word.length < MIN_LENGTH) return undefined;
      let best = cache.get(word);
      if (best === undefined) {
        best = null;
        for (
          let length = word.length - MAX_LENGTH_GAP;
          length <= word.length + MAX_LENGTH_GAP;
          length++
        ) {
          const hit = fuses.get(length)?.search(word, { limit: 1 })[0];
          if (hit?.score === undefined) continue;
          // Prefer the closer length on a tie: "partner" over "partners".
          const distance = hit.score + Math.abs(length - word.length) * 0.01;
          if (best === null || distance < best.distance) best = { word: hit.item, distance };
        }
        if (cache.size > 10_000) cache.clear();
        cache.set(word, best);
      }
      return best !== null && best.distance <= maxDistance ? best : undefined;
    },
  };
}
