import {
  ADDRESS_NOUN_AFTER,
  ADDRESS_NOUN_BEFORE,
  CONTACT_WORDS,
} from '../lexicon/contact-words.js';
import { canonicalWord } from '../text/normalise.js';
import type { ClauseToken } from './asides.js';
import type { ParsedQuestion } from './parsed-question.js';

const SURE: ReadonlySet<string> = new Set(CONTACT_WORDS.sure);
const WEAK: ReadonlySet<string> = new Set(CONTACT_WORDS.weak);
/**
 * Weak words that, right after a name, are its members, not someone to reach: "the WP3 people
 * except Erasmus MC", "are the TCIA people the Arkansas uni?" (issue #11, fresh set 5). Alone
 * they still ask for a contact ("who are the people at BSC?"), and so does the singular: "the
 * UB person" is whom to reach at UB.
 */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['people']);
/**
 * Weak words that are only someone, not a way to reach them: in a question about leadership
 * they are its subject ("does anyone lead WP3?", "is someone in charge of WP5?"), and the
 * question asks who leads, not how to reach (issue #11, wp-leadership family of fresh set 7).
 */
const SOMEONE: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody']);
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
 * The words of the question that can ask for a contact, others blanked: words about the asker
 * are never the request ("writing an email intro", "quick one before my call"), and a clause that
 * asks nothing, after the one that asks, is the asker's errand ("which partners are in Sweden?
 * drafting an email to them"). Weak words count only in a clause that asks: "good morning from
 * a rainy office, who is in WP1?" wants no office.
 */
function askingWords(
  tokens: readonly ClauseToken[],
  isName: (token: ClauseToken) => boolean,
): { sure: string[]; weak: string[] } {
  const asking = tokens.findIndex((t) => t.aside !== true && t.quiet !== true);
  const sure = tokens.map((t, i) =>
    t.aside === true || (t.quiet === true && asking >= 0 && i > asking) ? '' : t.norm,
  );
  const weak = tokens.map((t, i) => {
    if (t.aside === true || t.quiet === true) return '';
    const before = tokens[i - 1];
    return MEMBER_NOUNS.has(t.norm) && before !== undefined && isName(before) ? '' : t.norm;
  });
  return { sure, weak };
}

/**
 * Whether the question asks for a way to reach someone: a sure contact word ("email", "phone",
 * "address" as a noun) anywhere it asks, or a weak one ("contact", "person", "reach") in a clause
 * that asks, in a question that names whom (a partner, a work package or another grouping) and
 * asks about no topic. The request comes from what is asked, never from the asker's reason.
 */
export function asksForContact(
  parsed: ParsedQuestion,
  tokens: readonly ClauseToken[],
  namesGrouping: boolean,
  isName: (token: ClauseToken) => boolean = () => false,
): boolean {
  const { sure: norms, weak } = askingWords(tokens, isName);
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
  const leadership = parsed.cues.has('lead');
  return (
    target &&
    topics.length === 0 &&
    weak.some((w) => WEAK.has(w) && !(leadership && SOMEONE.has(w)))
  );
}
