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
  const lastMention = mentions.at(-1)?.start ?? -1;
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
    // "enables and customises a platform": verbs that share an object are one clause; and
    // "FCRB, through its departments involved, will …" has said nothing yet before its verb.
    if (words < MIN_CLAUSE_WORDS || !verb) continue;
    const rest = sentence.slice(next, next + LOOK_AHEAD);
    const afterWp =
      mentionEnds.has(joint.index) ||
      (sentence.charAt(joint.index - 1) === ')' && mentionEnds.has(joint.index - 1));
    const cut =
      startsPredicate(rest) ||
      (afterWp && lastMention >= next && !/^(?:which|that|who|where)\b/i.test(rest));
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
