import type { Dataset } from '../schema/dataset.js';
import { isAscii, phraseAt, type Token, tokenize } from '../text/normalise.js';
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
 * The participle that turns a place into a qualifier: "US-based partners", "DE based ones"
 * (issue #11, capitals family of fresh set 7). Read only before a noun a code qualifies, so
 * "IS IT BASED IN SPAIN" stays English.
 */
const BASED = 'based';
/**
 * How far after a code its country's name may stand to say which the code meant: "IN IT (ITALY
 * I MEAN)", "IN NO? (NORWAY)", "AT (I MEAN AUSTRIA)". The bracket's own words ("i", "mean",
 * "ie") fit in it.
 */
const CLARIFIED_WITHIN = 3;

/**
 * Whether a token in capitals reads as a country code. "IT", "US", "IS", "SO", "BE" are English
 * words first: they read as a place only as the object of "in"/"from" ("in the US"; in a shouted
 * question "the" must come between, as in "ANY PARTNERS IN THE US", since "IN IT" is English), or
 * typed in capitals before a noun they qualify ("the US one", "AT partners"), so "who does IT
 * security" is not about Italy and "NO idea" not about Norway. A partner's acronym in capitals
 * ("UM") still names the partner: a consortium's own acronyms are what people type in capitals.
 */
export function readsAsCountryCode(
  tokens: readonly Token[],
  i: number,
  shouted: boolean,
  codes: ReadonlyMap<string, string>,
): boolean {
  const token = tokens[i];
  if (token === undefined || !isAllCaps(token.raw)) return false;
  // In a shouted question every word is in capitals, so a code that is no English word ("DE",
  // "SE") needs the place's context too: "PARTNERS IN DE PLS", not "DE" of a name.
  if (!STOPWORDS.has(token.canon) && !shouted) return true;
  return placedAsCode(tokens, i, shouted, codes);
}

/**
 * Whether the country a code stands for is named right after it: "IN IT (ITALY I MEAN)". The
 * asker has said which they meant, so the code is that place whatever English word it spells:
 * "NO (NORWAY)" is never a "no" that leaves Norway out.
 */
function clarifiedByName(
  tokens: readonly Token[],
  i: number,
  codes: ReadonlyMap<string, string>,
): boolean {
  const name = codes.get(tokens[i]?.raw ?? '');
  if (name === undefined) return false;
  const words = nameWords(name);
  for (let k = i + 1; k <= i + CLARIFIED_WITHIN && k < tokens.length; k++)
    if (phraseAt(tokens, k, words)) return true;
  return false;
}

/** A country's name as folded words ("United States" → united, states), kept once per name. */
const NAME_WORDS = new Map<string, readonly string[]>();
function nameWords(name: string): readonly string[] {
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    words = tokenize(name).map((t) => t.norm);
    NAME_WORDS.set(name, words);
  }
  return words;
}

/** Whether a code qualifies the noun after it: "AT partners", "US-based partners". */
function qualifies(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm ?? '';
  if (next === BASED) return QUALIFIED_BY_CODE.has(tokens[i + 2]?.norm ?? '');
  return QUALIFIED_BY_CODE.has(next);
}

/**
 * Whether a code in capitals stands where a place stands: after "in"/"from" ("anyone in NO?",
 * "PARTNERS IN DE") or before a noun it qualifies ("DE partners"). There it is the place even
 * where its letters are also a word the dataset knows ("de", "no"); elsewhere such a word keeps
 * its own reading ("AI" is no Anguilla).
 */
export function placedAsCode(
  tokens: readonly Token[],
  i: number,
  shouted: boolean,
  codes: ReadonlyMap<string, string>,
): boolean {
  const token = tokens[i];
  if (token === undefined || !isAllCaps(token.raw)) return false;
  if (clarifiedByName(tokens, i, codes)) return true;
  const word = STOPWORDS.has(token.canon);
  const the = tokens[i - 1]?.norm === 'the';
  const before = the ? tokens[i - 2] : tokens[i - 1];
  if (PLACE_PREPOSITIONS.has(before?.norm ?? '') && (the || !shouted || !word)) return true;
  // "US-BASED PARTNERS": the participle and the noun make it a place even when shouted.
  if (tokens[i + 1]?.norm === BASED && qualifies(tokens, i)) return true;
  if (shouted && word) return false;
  // The next item of a list of codes: "PARTNERS IN SE OR DE", "so DE and AT?".
  if (LIST_JOINS.has(before?.norm ?? '') && !the && listedAfterCode(tokens, i - 2, shouted, codes))
    return true;
  // The first item of a list of codes in capitals: "DE and AT", "SE or FI".
  const after = tokens[i + 2];
  if (LIST_JOINS.has(tokens[i + 1]?.norm ?? '') && after && !word && codes.has(after.raw))
    return isAllCaps(after.raw);
  return qualifies(tokens, i);
}

/** Whether the item before a list's join is a code read as a place: "SE" in "in SE or DE". */
function listedAfterCode(
  tokens: readonly Token[],
  at: number,
  shouted: boolean,
  codes: ReadonlyMap<string, string>,
): boolean {
  const token = tokens[at];
  if (token === undefined || !codes.has(token.raw)) return false;
  return readsAsCountryCode(tokens, at, shouted, codes);
}

/** Words that join the codes of a list. */
const LIST_JOINS: ReadonlySet<string> = new Set(['or', 'and']);

/** Words of two or three capitals, as the dataset writes them ("AI", "WP", "UB"). */
const capitalWords = new WeakMap<Dataset, ReadonlySet<string>>();

/**
 * Whether the dataset itself writes this word in capitals: then "AI" typed in capitals is the
 * dataset's term, even where it stands as a code would ("the AI partners"); a word it writes
 * only in lower case ("de" of a partner's name) typed in capitals is the code ("DE partners").
 * Worked out once per dataset.
 */
export function writesInCapitals(dataset: Dataset, raw: string): boolean {
  let words = capitalWords.get(dataset);
  if (words === undefined) {
    words = acronymsOf(JSON.stringify(dataset));
    capitalWords.set(dataset, words);
  }
  return words.has(raw);
}

/**
 * The short words a text writes in capitals among words that are not: "the AI tools" counts
 * "AI"; a name set in capitals ("CENTRO NACIONAL DE SUPERCOMPUTACION") counts none of its words.
 */
function acronymsOf(text: string): Set<string> {
  const words = text.match(/[A-Za-z]+/g) ?? [];
  const shoutedWord = (w: string | undefined) => w !== undefined && w.length > 3 && isAllCaps(w);
  const found = new Set<string>();
  words.forEach((word, i) => {
    if (word.length > 3 || !isAllCaps(word)) return;
    if (!shoutedWord(words[i - 1]) && !shoutedWord(words[i + 1])) found.add(word);
  });
  return found;
}

/**
 * Whether a code typed in lower case reads as its country: "based in the uk", "partners in
 * the usa", "any uk partners". Only a code that reads as a country in lower case (`codes`: not
 * the ISO two-letter ones, "hr" or "pm") and is no word people type otherwise (`isWord`:
 * English, chat, or the dataset's own words, so never "us", "it", "no", "in" or "can"), and
 * only where a place stands: after "in"/"from", or before a noun it qualifies.
 */
export function readsAsLowerCaseCode(
  tokens: readonly Token[],
  i: number,
  codes: ReadonlySet<string>,
  isWord: (token: Token) => boolean,
): boolean {
  const token = tokens[i];
  if (token === undefined || token.raw !== token.norm || !codes.has(token.raw)) return false;
  if (isWord(token)) return false;
  const before = tokens[i - 1]?.norm === 'the' ? tokens[i - 2] : tokens[i - 1];
  return PLACE_PREPOSITIONS.has(before?.norm ?? '') || qualifies(tokens, i);
}
