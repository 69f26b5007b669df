import { MANNER_IDIOMS, PHRASAL_VERBS } from '../lexicon/idioms.js';
import { inflectionBase, type Token } from '../text/normalise.js';

/** An idiom or phrasal verb found in a question: its tokens explain no subject. */
export interface IdiomSpan {
  start: number;
  length: number;
}

// Inflection bases of the phrases' words by the first, built at the first question.
let byFirst: Map<string, string[][]> | undefined;

function sequences(): Map<string, string[][]> {
  if (byFirst !== undefined) return byFirst;
  byFirst = new Map();
  for (const phrase of [...PHRASAL_VERBS, ...MANNER_IDIOMS]) {
    const words = phrase.split(' ').map(inflectionBase);
    const first = words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), words]);
  }
  return byFirst;
}

/**
 * The phrasal verbs and manner idioms of a question, longest first at each place and without
 * overlaps. Words are compared by inflection base, so "figures out" is "figure out".
 */
export function idiomSpans(tokens: readonly Token[]): IdiomSpan[] {
  const bases = tokens.map((t) => inflectionBase(t.norm));
  const found: IdiomSpan[] = [];
  const table = sequences();
  let i = 0;
  while (i < bases.length) {
    let best = 0;
    for (const words of table.get(bases[i] ?? '') ?? [])
      if (words.length > best && words.every((w, k) => bases[i + k] === w)) best = words.length;
    if (best > 0) found.push({ start: i, length: best });
    i += Math.max(best, 1);
  }
  return found;
}
