import {
  ADDRESS_NOUN_AFTER,
  ADDRESS_NOUN_BEFORE,
  CONTACT_WORDS,
} from '../lexicon/contact-words.js';
import { canonicalWord, type Token } from '../text/normalise.js';
import type { ParsedQuestion } from './parse-question.js';

const SURE: ReadonlySet<string> = new Set(CONTACT_WORDS.sure);
const WEAK: ReadonlySet<string> = new Set(CONTACT_WORDS.weak);
/** Canonical forms of every contact word: such a word read as a topic ("office") is none. */
const CONTACT_CANON: ReadonlySet<string> = new Set(
  [...CONTACT_WORDS.sure, ...CONTACT_WORDS.weak, 'address'].map(canonicalWord),
);

/** Whether "address" at `i` is the noun: "UB's address", "address of CRG", "… address?". */
function isAddressNoun(norms: readonly string[], i: number): boolean {
  const before = norms[i - 1] ?? '';
  const after = norms[i + 1];
  return ADDRESS_NOUN_BEFORE.has(before) || after === undefined || ADDRESS_NOUN_AFTER.has(after);
}

/**
 * Whether the question asks for a way to reach someone: a sure contact word ("email", "phone",
 * "address" as a noun) anywhere, or a weak one ("contact", "person", "reach") in a question
 * that names whom (a partner, a work package or another grouping) and asks about no topic.
 */
export function asksForContact(
  parsed: ParsedQuestion,
  tokens: readonly Token[],
  namesGrouping: boolean,
): boolean {
  const norms = tokens.map((t) => t.norm);
  const sure = norms.some(
    (w, i) =>
      SURE.has(w) ||
      (w === 'e' && norms[i + 1] === 'mail') ||
      (w === 'handle' && norms[i - 1] === 'teams') ||
      ((w === 'address' || w === 'addresses') && isAddressNoun(norms, i)),
  );
  if (sure) return true;
  const target = parsed.partners.length > 0 || parsed.workPackages.length > 0 || namesGrouping;
  const topics = parsed.topics.filter((t) => !t.words.every((w) => CONTACT_CANON.has(w)));
  return target && topics.length === 0 && norms.some((w) => WEAK.has(w));
}
