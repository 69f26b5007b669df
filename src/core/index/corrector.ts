import { distance as editDistance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';

/** A typo fix: the canonical form of the known word closest to what was typed, and its distance. */
export interface Correction {
  word: string;
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

/** Edits a typo may have: one in a short word, two (a swapped pair) from seven letters. */
function maxEdits(word: string): number {
  return word.length >= 7 ? 2 : 1;
}
const MAX_LENGTH_GAP = 2;
/** Fuse's own cut-off; callers ask for less. Tuned on the golden set's typos. */
const FUSE_THRESHOLD = 0.5;

/**
 * fuse.js over the known words as people write them ("lynkeus", "packages"), bucketed by
 * length; a hit is returned in canonical form. Whole words only: a pattern is never
 * matched against a sentence, and a word may differ in length from its match by at most two
 * characters, so "mac" cannot match "machine" through ignoreLocation's substring search.
 */
export function createCorrector(surface: ReadonlyMap<string, string>): Corrector {
  // Buckets by first letter and length: a typo keeps the first letter (see below), so each
  // search scans a few hundred words, not the whole vocabulary of a 10,000-partner dataset.
  const buckets = new Map<string, string[]>();
  for (const word of surface.keys()) {
    if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
    const key = bucketKey(word[0] ?? '', word.length);
    const bucket = buckets.get(key) ?? [];
    bucket.push(word);
    buckets.set(key, bucket);
  }
  const fuses = new Map<string, Fuse<string>>();
  for (const [key, bucket] of buckets) {
    fuses.set(
      key,
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
          // Fuse proposes; the edit distance confirms, since bitap's substring alignment can
          // find "catalog" in "capital". Spell checkers also trust the first letter.
          const hit = fuses
            .get(bucketKey(word[0] ?? '', length))
            ?.search(word, { limit: 5 })
            .find((h) => editDistance(h.item, word) <= maxEdits(word));
          if (hit?.score === undefined) continue;
          // Prefer the closer length on a tie: "partner" over "partners".
          const distance = hit.score + Math.abs(length - word.length) * 0.01;
          const canon = surface.get(hit.item);
          if (canon !== undefined && (best === null || distance < best.distance))
            best = { word: canon, distance };
        }
        if (cache.size > 10_000) cache.clear();
        cache.set(word, best);
      }
      return best !== null && best.distance <= maxDistance ? best : undefined;
    },
  };
}
