import { isAscii, type Token } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';

export function isAllCaps(raw: string): boolean {
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/**
 * Whether a word has no lower-case letter. An ASCII word is read as it is; upper-casing every
 * word of every question to compare was a string of garbage each. Other scripts keep the full
 * Unicode upper case (a final sigma, a combining iota).
 */
function inCapitals(token: Token): boolean {
  return isAscii(token.raw) ? !/[a-z]/.test(token.raw) : token.raw === token.raw.toUpperCase();
}

/**
 * Whether the question is typed in capitals throughout ("WHO IS THE COORDINATOR"): then capitals
 * say nothing, and a word is an acronym or a country code only when it is no English word.
 */
export function isShouted(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /[a-z]/i.test(t.raw));
  return words.length >= 2 && words.every(inCapitals);
}

/** Place words before a country code that is also an English word: "in the US", "from IT". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from']);
/**
 * Nouns a country code qualifies when it is a place: "the US one", "AT partners", "IT partners?
 * I mean the Italian ones" (issue #11, capitals family of round 2). An English "it"/"at"/"no"
 * is not followed by these.
 */
const QUALIFIED_BY_CODE: ReadonlySet<string> = new Set(['one', 'ones', 'partner', 'partners']);

/**
 * Whether a token in capitals reads as a country code. "IT", "US", "IS", "SO", "BE" are English
 * words first: they read as a place only as the object of "in"/"from" ("in the US"; in a shouted
 * question "the" must come between, as in "ANY PARTNERS IN THE US", since "IN IT" is English), or
 * typed in capitals before a noun they qualify ("the US one", "AT partners"), so "who does IT
 * security" is not about Italy and "NO idea" not about Norway. A partner's acronym in capitals
 * ("UM") still names the partner: a consortium's own acronyms are what people type in capitals.
 */
export function readsAsCountryCode(tokens: readonly Token[], i: number, shouted: boolean): boolean {
  const token = tokens[i];
  if (token === undefined || !isAllCaps(token.raw)) return false;
  if (!STOPWORDS.has(token.canon)) return true;
  const the = tokens[i - 1]?.norm === 'the';
  const before = the ? tokens[i - 2] : tokens[i - 1];
  if (PLACE_PREPOSITIONS.has(before?.norm ?? '') && (the || !shouted)) return true;
  return !shouted && QUALIFIED_BY_CODE.has(tokens[i + 1]?.norm ?? '');
}
