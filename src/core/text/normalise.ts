import stem from 'wink-porter2-stemmer';
import { CANONICAL_SEED } from './canonical-seed.js';

/** A word of the question: as typed, folded to lower-case ASCII, and in canonical form. */
export interface Token {
  raw: string;
  norm: string;
  canon: string;
}

// A Map, as every table looked up by a word is: a plain object also answers to "constructor".
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  // Ordinals meet their figures: the source's "3rd Party" is a "third party".
  ['first', '1st'],
  ['second', '2nd'],
  ['third', '3rd'],
  ['fourth', '4th'],
  ['fifth', '5th'],
  ['sixth', '6th'],
  ['seventh', '7th'],
  ['eighth', '8th'],
  ['ninth', '9th'],
  ['tenth', '10th'],
]);

/** Lower-cases and strips accents: "Umeå" → "umea", "Clínic" → "clinic". */
export function foldCase(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
  // V8 keeps NFKD's result two bytes a character even when every character fits in one
  // ("für" → "fur"), and code optimised for one-byte strings deoptimises on meeting it (seen
  // in --trace-deopt as "wrong map" in a dozen functions on one question). Rebuilt from its
  // characters, the string is one byte a character again.
  return BEYOND_LATIN1.test(folded) ? folded : [...folded].join('');
}

/** Whether text is all ASCII: then it needs no Unicode-aware folding or casing. */
export function isAscii(text: string): boolean {
  return !BEYOND_ASCII.test(text);
}
// UTF-16 units, so no `u` flag.
const BEYOND_ASCII = /[\u0080-\uffff]/;
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The form two words are compared in: British spelling folded onto American ("anonymisation",
 * "centre", "tumour", "paediatrics", "labelling"), then the Porter2 stem, so "tests", "testing"
 * and "tested" meet, and "deploys" meets "deployment". Applied to both sides of every match, so
 * an odd-looking stem is harmless as long as it is consistent.
 */
export function canonicalWord(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const canon = computeCanonical(word);
  // A pure function's memo: stemming dominates index build time on large datasets.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, canon);
  return canon;
}

const MEMO_LIMIT = 200_000;
const memo = new Map<string, string>(CANONICAL_SEED);

/** Every canonical form worked out so far, as [word, canonical form]: what a build compiles in. */
export function canonicalFormsSoFar(): [word: string, canon: string][] {
  return [...memo];
}

function computeCanonical(word: string): string {
  const number = NUMBER_WORDS.get(word);
  if (number !== undefined) return number;
  if (word.length <= 3 || /\d/.test(word)) return word;
  return stem(americanSpelling(word));
}

/** British spelling folded onto American: "anonymisation", "centre", "tumour", "labelling". */
function americanSpelling(word: string): string {
  return word
    .replace(/is(ation|ations|ing|ed|e|es|er|ers)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/tre(s?)$/, 'ter$1')
    .replace(/([^aeiou])our(s?)$/, '$1or$2')
    .replace(/^(.+?)ae(?=.{2,})/, '$1e')
    .replace(/^ae(?=.{4,})/, 'e')
    .replace(/ll(ing|ed|er|ers)$/, 'l$1');
}

/**
 * A word without its inflection, in American spelling: "scrubs", "scrubbing" and "scrubbed" are
 * "scrub"; "store", "stores" and "storing" are "stor"; "identities" is "identity". Unlike the
 * Porter stem, a derived word keeps its own form: "publicity" is no "public", "comparable" no
 * "compares". Everyday words are matched on it (see index/everyday-words.ts); it costs a few
 * replacements, where the Porter stem of a new word costs tens of microseconds.
 */
export function inflectionBase(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  // Most words need no British fold; one test spares seven replacements.
  let base = BRITISH_HINT.test(word) ? americanSpelling(word) : word;
  if (base.endsWith('ies') || base.endsWith('ied')) base = `${base.slice(0, -3)}y`;
  else if (/(?:x|ch|sh|ss)es$/.test(base)) base = base.slice(0, -2);
  else if (base.endsWith('s') && !/[siu]s$/.test(base)) base = base.slice(0, -1);
  const ending = base.endsWith('ing') ? 3 : base.endsWith('ed') ? 2 : 0;
  if (ending > 0 && base.length - ending >= 3) {
    base = base.slice(0, -ending);
    const last = base.at(-1) ?? '';
    if (last === base.at(-2) && 'bdgmnprt'.includes(last)) base = base.slice(0, -1);
  }
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** Letters some British spelling that americanSpelling folds has. */
const BRITISH_HINT = /is|ys|tre|our|ae|ll/;

const ASCII = /^[\x20-\x7e]*$/;
const ASCII_SEPARATORS = /[^A-Za-z0-9]+/;
/**
 * Characters that show nothing and mean nothing to a word: soft hyphens (U+00AD), zero-width
 * spaces and joiners (U+200B–U+200D, U+2060), byte-order marks (U+FEFF), variation selectors,
 * the Mongolian vowel separator (U+180E). Text pasted from a PDF or a web page carries them
 * inside words, where they would split "ano\u00ADnymisation" in two. The Unicode property is
 * the whole list, kept current by the engine: https://www.unicode.org/reports/tr44/#Default_Ignorable_Code_Point
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}+/gu;

/**
 * An abbreviation joined by an ampersand ("R&D", "Q&A", "M&A") is one word, as it is read. Split
 * at the "&", "R&D" became "r" and "d", and "r" is chat for "are" (issue #11). Up to three ASCII
 * letters a side, so "Radiology&Nuclear" still splits. ASCII classes only: a second pattern of
 * Unicode classes cost a cold `ask` 4 % more instructions (valgrind) to compile, and such
 * abbreviations are written in Latin letters. Literal, linear patterns.
 */
const ASCII_WORD_OR_AMPERSAND = /[A-Za-z]{1,3}&[A-Za-z]{1,3}(?![A-Za-z0-9])|[A-Za-z0-9]+/g;
/** The same abbreviations inside any text, captured so that `split` keeps them. */
const AMPERSAND_ABBREVIATION = /(?<![A-Za-z0-9])([A-Za-z]{1,3}&[A-Za-z]{1,3})(?![A-Za-z0-9])/;
/** A word of letters, marks and digits in any script. */
const UNICODE_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of a text, as typed: letters and digits, everything else separates, and characters
 * that show nothing are left out ("W\u200BP4" is "WP4"). An ampersand abbreviation is one word.
 */
export function splitWords(text: string): string[] {
  const ampersand = text.includes('&');
  // Plain ASCII, most text, needs neither NFKC nor Unicode classes, which cost several times more.
  if (ASCII.test(text)) {
    if (ampersand) return text.match(ASCII_WORD_OR_AMPERSAND) ?? [];
    // Separators are runs, so only the ends can be empty: trimmed in place, not filtered.
    const words = text.split(ASCII_SEPARATORS);
    if (words[0] === '') words.shift();
    if (words.at(-1) === '') words.pop();
    return words;
  }
  // Marks belong to their word (Arabic harakat, a combining accent); foldCase drops them later.
  const clean = text.replace(INVISIBLE, '').normalize('NFKC');
  if (!ampersand) return clean.match(UNICODE_WORD) ?? [];
  // Odd parts are the abbreviations the pattern captured; the rest is read word by word.
  return clean
    .split(AMPERSAND_ABBREVIATION)
    .flatMap((part, i) => (i % 2 === 1 ? [part] : (part.match(UNICODE_WORD) ?? [])));
}

/** A word as typed, folded to lower-case ASCII and in canonical form (see `canonicalWord`). */
export function wordForms(raw: string): readonly [norm: string, canon: string] {
  let forms = tokenMemo.get(raw);
  if (forms === undefined) {
    const norm = foldCase(raw);
    forms = [norm, canonicalWord(norm)];
    if (tokenMemo.size >= MEMO_LIMIT) tokenMemo.clear();
    tokenMemo.set(raw, forms);
  }
  return forms;
}

const tokenMemo = new Map<string, readonly [string, string]>();

/** Splits text into tokens of letters and digits; everything else separates. */
export function tokenize(text: string): Token[] {
  return splitWords(text).map((raw) => {
    const [norm, canon] = wordForms(raw);
    return { raw, norm, canon };
  });
}

/**
 * Whether the words of `phrase` stand in `tokens` from `at` on, as typed (folded). A loop, not
 * `every`: it runs for each phrase at each word of every question, and a callback there is
 * garbage each time.
 */
export function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]?.norm !== phrase[k]) return false;
  return true;
}

/** Canonical token sequence of a phrase, e.g. a keyword or a partner name. */
export function canonicalTokens(text: string): string[] {
  return splitWords(text).map((raw) => wordForms(raw)[1]);
}

/** Canonical key of a phrase: its canonical tokens joined by single spaces. */
export function phraseKey(text: string): string {
  return canonicalTokens(text).join(' ');
}
