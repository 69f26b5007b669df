import { wordForms } from './normalise.js';

/** A word of a text: where it starts and ends, and its canonical form. */
export interface WordSpot {
  start: number;
  end: number;
  canon: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of a text with their places, for finding a phrase or a word in it and quoting the
 * text around it as written. Words as `splitWords` reads them, without its NFKC folding, so that
 * each place is a place in the text given.
 */
export function wordSpots(text: string): WordSpot[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    canon: wordForms(m[0])[1],
  }));
}
