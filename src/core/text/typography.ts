import { showInvisible } from './invisible.js';

/**
 * Characters that differ only in typography, each mapped onto one plain form: the quotes, dashes
 * and ellipsis that word processors substitute for what a person types. A quote copied from a
 * PDF and one typed by hand then compare equal, and the validator can say which it is.
 */
const PLAIN_FORM: ReadonlyMap<string, string> = new Map([
  ...[..."'‘’‚‛′`´"].map((c) => [c, "'"] as const),
  ...[...'"“”„‟″«»'].map((c) => [c, '"'] as const),
  ...[...'-‐‑‒–—―−'].map((c) => [c, '-'] as const),
  ['…', '...'],
]);

/** Whitespace, and characters that show nothing: a difference in them is only typography. */
const SPACING = /[\s\p{Default_Ignorable_Code_Point}]/u;

/** Text in its plain typographic form, with the index in `text` each character comes from. */
export interface FoldedText {
  folded: string;
  /** Per character of `folded`: the index of the character of the original it comes from. */
  origin: number[];
}

/**
 * Folds quotes, dashes and the ellipsis to their plain forms and drops spacing and invisible
 * characters, so "project's" finds "project’s" and "non-profit" finds "non‐profit".
 */
export function foldTypography(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (!SPACING.test(c)) {
      const plain = PLAIN_FORM.get(c) ?? c;
      folded += plain;
      for (let k = 0; k < plain.length; k++) origin.push(i);
    }
    i += c.length;
  }
  return { folded, origin };
}

/** Unicode names of the characters a typographic difference is usually made of. */
const NAMES: ReadonlyMap<string, string> = new Map([
  ["'", 'APOSTROPHE'],
  ['‘', 'LEFT SINGLE QUOTATION MARK'],
  ['’', 'RIGHT SINGLE QUOTATION MARK'],
  ['‚', 'SINGLE LOW-9 QUOTATION MARK'],
  ['‛', 'SINGLE HIGH-REVERSED-9 QUOTATION MARK'],
  ['′', 'PRIME'],
  ['`', 'GRAVE ACCENT'],
  ['´', 'ACUTE ACCENT'],
  ['"', 'QUOTATION MARK'],
  ['“', 'LEFT DOUBLE QUOTATION MARK'],
  ['”', 'RIGHT DOUBLE QUOTATION MARK'],
  ['„', 'DOUBLE LOW-9 QUOTATION MARK'],
  ['‟', 'DOUBLE HIGH-REVERSED-9 QUOTATION MARK'],
  ['″', 'DOUBLE PRIME'],
  ['«', 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK'],
  ['»', 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK'],
  ['-', 'HYPHEN-MINUS'],
  ['‐', 'HYPHEN'],
  ['‑', 'NON-BREAKING HYPHEN'],
  ['‒', 'FIGURE DASH'],
  ['–', 'EN DASH'],
  ['—', 'EM DASH'],
  ['―', 'HORIZONTAL BAR'],
  ['−', 'MINUS SIGN'],
  ['…', 'HORIZONTAL ELLIPSIS'],
  ['\u00AD', 'SOFT HYPHEN'],
  [' ', 'SPACE'],
  ['\u00A0', 'NO-BREAK SPACE'],
  ['\u2009', 'THIN SPACE'],
  ['\u202F', 'NARROW NO-BREAK SPACE'],
  ['\u200B', 'ZERO WIDTH SPACE'],
  ['\u200C', 'ZERO WIDTH NON-JOINER'],
  ['\u200D', 'ZERO WIDTH JOINER'],
  ['\u2060', 'WORD JOINER'],
  ['\uFEFF', 'ZERO WIDTH NO-BREAK SPACE'],
  ['.', 'FULL STOP'],
  [',', 'COMMA'],
  [':', 'COLON'],
  [';', 'SEMICOLON'],
  ['(', 'LEFT PARENTHESIS'],
  [')', 'RIGHT PARENTHESIS'],
  ['/', 'SOLIDUS'],
  ['&', 'AMPERSAND'],
]);

const DIGITS = 'ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE'.split(' ');

function unicodeName(c: string): string | undefined {
  if (/^[a-z]$/.test(c)) return `LATIN SMALL LETTER ${c.toUpperCase()}`;
  if (/^[A-Z]$/.test(c)) return `LATIN CAPITAL LETTER ${c}`;
  if (/^[0-9]$/.test(c)) return `DIGIT ${DIGITS[Number(c)]}`;
  return NAMES.get(c);
}

/** A character for a message: `"’" (U+2019 RIGHT SINGLE QUOTATION MARK)`, invisible ones escaped. */
export function describeCharacter(c: string): string {
  const code = (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const name = unicodeName(c);
  return `"${showInvisible(c)}" (U+${code}${name === undefined ? '' : ` ${name}`})`;
}

/** Where two texts first differ, counted in characters (code points) from 0. */
export interface Difference {
  /** 0-based character position. */
  at: number;
  /** The character of each text there; undefined where that text has ended. */
  left: string | undefined;
  right: string | undefined;
}

/** The first character at which two texts differ, or undefined when they are equal. */
export function firstDifference(left: string, right: string): Difference | undefined {
  const a = Array.from(left);
  const b = Array.from(right);
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return { at: i, left: a[i], right: b[i] };
  return undefined;
}
