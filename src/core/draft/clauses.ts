import { SUBJECT_ADVERBS } from '../lexicon/draft-words.js';
import { FINITE_VERBS } from './verbs.js';
import { findWorkPackages, type WorkPackageMention } from './work-package-mentions.js';

/** A part of a sentence that says one thing a partner does. */
export interface Clause {
  text: string;
  /** Where it starts in the sentence. */
  start: number;
  /** The work packages it names, each once, in order. */
  workPackages: string[];
  mentions: WorkPackageMention[];
}

/** Depth of brackets at each position, so that nothing is cut inside "(…)". */
function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    out.push(depth);
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return out;
}

/** Whether a verb of its own starts here: "leads …", "also provides …", "will lead …". */
function startsPredicate(rest: string): boolean {
  const words = rest.toLowerCase().match(/[a-z]+/g) ?? [];
  let i = 0;
  while (SUBJECT_ADVERBS.has(words[i] ?? '')) i++;
  return FINITE_VERBS.has(words[i] ?? '');
}

/** Fewer words than this make no clause of their own. */
const MIN_CLAUSE_WORDS = 3;
/** How far past a joint to look for the verb that starts a clause. */
const LOOK_AHEAD = 80;
/** Longest item of a list of things done, each with its work package, in characters. */
const LIST_ITEM_LENGTH = 400;

/**
 * Whether what follows a work package is the next item of a list of things done, each with its
 * work package ("… catalogue (WP3), standards … databases (WP4), …"): it names one soon, with no
 * verb of its own and no "which" before it. "AU leads WP2, developing sensors, and contributes to
 * WP5" goes on with "developing …" until the verb "contributes" starts the next clause.
 */
function listGoesOn(
  sentence: string,
  from: number,
  mentions: readonly WorkPackageMention[],
): boolean {
  // Binary search: a sentence may name thousands of work packages.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid]?.start ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  const next = mentions[low];
  if (!next || next.start - from > LIST_ITEM_LENGTH) return false;
  const item = sentence.slice(from, next.start);
  if (/^(?:which|that|who|where)\b/i.test(item)) return false;
  return !(item.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => FINITE_VERBS.has(w));
}

/** A joint ("," "and" ";") before a new predicate, or after a work package that ends a part. */
const JOINT = /[,;]\s*(?:and\s+)?|\sand\s+/g;

/**
 * Cuts a sentence where it turns to another thing the partner does: at a joint before a verb of
 * its own ("UB is the Project Coordinator, leads …, and contributes …"), and after a work
 * package when the next part names another ("… catalogue (WP3), … databases (WP4), …").
 * Participles ("…, developing …") and asides ("…, in particular …") stay with their clause.
 */
export function splitClauses(sentence: string): Clause[] {
  const depth = depths(sentence);
  const mentions = findWorkPackages(sentence);
  const mentionEnds = new Set(mentions.map((m) => m.end));
  const cuts: { at: number; next: number }[] = [];
  // Words and verbs since the last cut, counted as the joints pass, so a long sentence is read once.
  let scanned = 0;
  let words = 0;
  let verb = false;
  for (const joint of sentence.matchAll(JOINT)) {
    const next = joint.index + joint[0].length;
    const part =
      sentence
        .slice(scanned, joint.index)
        .toLowerCase()
        .match(/[a-z]+/g) ?? [];
    words += part.length;
    verb ||= part.some((w) => FINITE_VERBS.has(w));
    scanned = joint.index;
    if (depth[joint.index] !== 0 || next >= sentence.length) continue;
    // "enables and customises a platform": verbs that share an object are one clause.
    if (words < MIN_CLAUSE_WORDS) continue;
    const afterWp =
      mentionEnds.has(joint.index) ||
      (sentence.charAt(joint.index - 1) === ')' && mentionEnds.has(joint.index - 1));
    // "FCRB, through its departments involved, will …" has said nothing before its verb; an item
    // of a list of things done ("… databases (WP4), …") needs no verb of its own.
    const cut =
      (verb && startsPredicate(sentence.slice(next, next + LOOK_AHEAD))) ||
      (afterWp && listGoesOn(sentence, next, mentions));
    if (!cut) continue;
    cuts.push({ at: joint.index, next });
    scanned = next;
    words = 0;
    verb = false;
  }
  const clauses: Clause[] = [];
  let start = 0;
  let m = 0;
  for (const cut of [...cuts, { at: sentence.length, next: sentence.length }]) {
    const text = sentence.slice(start, cut.at).trim();
    const own: WorkPackageMention[] = [];
    while (m < mentions.length && (mentions[m]?.end ?? 0) <= cut.at) {
      const mention = mentions[m++];
      if (mention && mention.start >= start) own.push(mention);
    }
    if (text !== '')
      clauses.push({
        text,
        start,
        workPackages: [...new Set(own.flatMap((w) => w.ids))],
        mentions: own.map((w) => ({ ...w, start: w.start - start, end: w.end - start })),
      });
    start = cut.next;
  }
  return clauses;
}
