import { SUBJECT_ADVERBS } from '../lexicon/draft-words.js';
import { squashSpaces } from '../text/document-sentences.js';
import { trimChars } from '../text/trim.js';
import { BASE_VERBS, FINITE_VERBS, thirdPerson } from './verbs.js';
import { findWorkPackages } from './work-package-mentions.js';

/** Longest summary and profile, in characters: a short phrase, as the schema asks. */
const MAX_SUMMARY = 120;
const MAX_PROFILE = 220;
/** Most words before the verb that are read as the subject. */
const MAX_SUBJECT_WORDS = 10;

/** Cuts a text to a length at a comma, else at a word; trailing punctuation dropped. */
export function shorten(text: string, max: number): string {
  const tidy = trimChars(squashSpaces(text), ',;:.–—-', 'end');
  if (tidy.length <= max) return tidy;
  const cut = tidy.slice(0, max);
  const comma = cut.lastIndexOf(', ');
  const end = comma > max / 2 ? comma : cut.lastIndexOf(' ');
  return trimChars(cut.slice(0, end > 0 ? end : max), ',;:–—-', 'end');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The clause without its subject: from its first verb ("UB also leads …" → "leads …"). */
export function predicateOf(clause: string): string {
  const words = clause.replace(/^(?:and|but|while)\s+/i, '').split(/\s+/);
  const verb = words.findIndex((w, i) => {
    const word = w.toLowerCase().replace(/[^a-z]/g, '');
    // "They also participate": a base form after a plural pronoun.
    const plural = /^(?:they|we|also)$/i.test(words[i - 1] ?? '') && BASE_VERBS.has(word);
    return FINITE_VERBS.has(word) || plural;
  });
  const from = verb >= 0 && verb <= MAX_SUBJECT_WORDS ? verb : 0;
  let rest = words.slice(from);
  while (rest.length > 1 && SUBJECT_ADVERBS.has((rest[0] ?? '').toLowerCase()))
    rest = rest.slice(1);
  return rest.join(' ');
}

/** "contribut" → "contribute": the stem of each role verb's -ing form. */
const ING_TO_BASE = new Map(
  [...BASE_VERBS].map((verb) => [verb.endsWith('e') ? verb.slice(0, -1) : verb, verb]),
);

/** "will develop and validate X" → "develops and validates X"; "is the X" → "X". */
function presentTense(predicate: string): string {
  const progressive = /^will\s+be\s+(\w+)ing\b/i.exec(predicate);
  const base = progressive ? ING_TO_BASE.get(progressive[1]?.toLowerCase() ?? '') : undefined;
  if (progressive && base) return `${thirdPerson(base)}${predicate.slice(progressive[0].length)}`;
  const future = /^will\s+(?:also\s+)?(\w+)(\s+and\s+(\w+))?/i.exec(predicate);
  if (future?.[1] && BASE_VERBS.has(future[1].toLowerCase())) {
    const second = future[3];
    const and =
      second && BASE_VERBS.has(second.toLowerCase())
        ? ` and ${thirdPerson(second)}`
        : (future[2] ?? '');
    return `${thirdPerson(future[1])}${and}${predicate.slice(future[0].length)}`;
  }
  return predicate.replace(/^(?:is|are)\s+(?:(?:the|a|an)\s+)?/i, '');
}

/** Prepositions that tie a work package to a clause: "contributes to WP3", "leads … in WP5". */
const WP_PREPOSITIONS = new Set(['in', 'to', 'of', 'for', 'within']);

/**
 * A clause without the work packages it names, which the role's `wp` says: "(WP4 and 5)", "in
 * WP5", "WP7:" are dropped, from the last to the first so that earlier places stay put.
 */
function withoutWorkPackages(text: string): string {
  let out = text;
  for (const { start, end } of findWorkPackages(text).reverse()) {
    let from = start;
    let to = end;
    const before = out.slice(0, from).trimEnd();
    const after = out.slice(to);
    const preposition = before.split(' ').at(-1)?.toLowerCase() ?? '';
    if (before.endsWith('(') && after.startsWith(')')) {
      from = before.length - 1;
      to += 1;
    } else if (after.startsWith(':')) to += 1;
    else if (WP_PREPOSITIONS.has(preposition) && /^\s*(?:[,.;]|$)/.test(after))
      from = before.length - preposition.length;
    // "leads WP2 on control algorithms": a work package the verb takes stays.
    else continue;
    out = `${out.slice(0, from).trimEnd()} ${out.slice(to).trimStart()}`;
  }
  return squashSpaces(out).replace(/ ([,.;:])/g, '$1');
}

/** "Finally, …", "As a result, …": words before a comma that say nothing the partner does. */
function withoutOpening(clause: string): string {
  const opening = /^[\w-]+(?:\s[\w-]+){0,3},\s+/.exec(clause);
  if (!opening) return clause;
  const words = opening[0].toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => FINITE_VERBS.has(w)) ? clause : clause.slice(opening[0].length);
}

/** A role's summary: what the clause says the partner does, in a short phrase. */
export function summarise(clause: string): string {
  // A summary is cut to MAX_SUMMARY anyway: a long clause is read only so far.
  const opened = withoutOpening(clause.slice(0, 4 * MAX_SUMMARY));
  // "Two workshops will be organised by ESOI": a passive keeps its subject.
  const passive = /^(?:will\s+be|is|are|was|were)\s+\w+ed\b.*\bby\b/i.test(predicateOf(opened));
  const predicate = passive ? opened : presentTense(predicateOf(opened));
  const bare = withoutWorkPackages(predicate);
  // "Contributes to WP5" says nothing without its work package.
  return capitalise(shorten(bare.split(' ').length < 2 ? predicate : bare, MAX_SUMMARY));
}

/** A profile from a description's first sentence: "X is one of …" → "One of …". */
export function profileOf(sentence: string): string {
  const described = /^.{1,100}?\s(?:is|was)\s+(?=(?:[Aa]n?|[Tt]he|[Oo]ne)\b|\p{Lu})/u.exec(
    sentence,
  );
  const text = described ? sentence.slice(described[0].length) : sentence;
  return capitalise(shorten(text, MAX_PROFILE));
}
