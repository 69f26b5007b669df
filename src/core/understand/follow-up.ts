import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { CueKind } from '../lexicon/cues.js';
import type { ConversationContext } from '../schema/conversation.js';
import { type FollowUpMarkers, findFollowUpMarkers } from './follow-up-markers.js';
import { isCue, mergeParts, pickedParts, withParts } from './merge-parts.js';
import { stripChatMarkup } from './parse-question.js';
import type { ParsedQuestion } from './parsed-question.js';
import { countryOfPartners, pointedParts, referencedPartners } from './pointed-parts.js';

/** How a question relates to the conversation before it. */
export type Resolution =
  /** A question of its own: the context does not apply. */
  | { kind: 'new'; parsed: ParsedQuestion }
  /** A follow-up: `parsed` is the question it stands for, the context's parts merged in. */
  | { kind: 'follow-up'; parsed: ParsedQuestion; picked: number | undefined }
  /** "the fifth one" when the last answer listed three. */
  | { kind: 'no-such-item'; position: number; count: number; noun: 'partner' | 'work package' };

import { ASPECT_CUES } from './follow-up-cues.js';

/** Cues that name a subject of their own, which no merging makes sense of. */
const OWN_SUBJECT_CUES: readonly CueKind[] = ['coordinator', 'help', 'work-packages'];

function countSubjects(parsed: ParsedQuestion): number {
  return parsed.partners.length + parsed.workPackages.length + parsed.topics.length;
}

/** What a question leaves out: "not in Spain", "not counting the coordinator". */
function countExclusions(parsed: ParsedQuestion): number {
  const { excluded } = parsed;
  return (
    excluded.countries.length +
    excluded.places.length +
    excluded.kinds.length +
    excluded.partners.length +
    excluded.workPackages.length +
    excluded.topics.length
  );
}

/**
 * The question without the words read as follow-up markers: "the third one" is no relation,
 * "the full list" no topic, "second" not an unexplained word. A marker word corrected into a
 * topic ("complete" → "complex") goes with its correction.
 */
function withoutMarkers(parsed: ParsedQuestion, consumed: ReadonlySet<string>): ParsedQuestion {
  const fixed = parsed.corrections.filter((c) => consumed.has(c.from));
  const fixedTo = new Set(fixed.map((c) => c.to));
  const topics = parsed.topics.filter(
    (t) => !(t.words.length === 1 && (consumed.has(t.shown) || fixedTo.has(t.words[0] ?? ''))),
  );
  const unexplained = parsed.unexplained.filter((w) => !consumed.has(w));
  // Each topic and each unexplained word counted once towards the content words.
  const dropped =
    parsed.topics.length - topics.length + parsed.unexplained.length - unexplained.length;
  return {
    ...parsed,
    topics,
    unexplained,
    contentWords: Math.max(0, parsed.contentWords - dropped),
    corrections: parsed.corrections.filter((c) => !consumed.has(c.from)),
  };
}

/** "which partners", "the coordinator", "work packages": a subject no merging makes sense of. */
function hasOwnSubject(own: ParsedQuestion, markers: FollowUpMarkers): boolean {
  // "not counting the coordinator" leaves a partner out: no subject of its own.
  const cues = OWN_SUBJECT_CUES.filter(
    (cue) => !(cue === 'coordinator' && own.excluded.partners.length > 0),
  );
  return markers.partnerNoun || own.aboutWorkPackages || cues.some((cue) => own.cues.has(cue));
}

/** Whether the question reads as a follow-up of the conversation, not one of its own. */
function isFollowUp(own: ParsedQuestion, markers: FollowUpMarkers): boolean {
  const points =
    markers.singular ||
    markers.plural ||
    markers.restrict ||
    markers.others ||
    markers.country ||
    markers.pick !== undefined;
  if (points) return true;
  if (hasOwnSubject(own, markers)) return false;
  const subjects = countSubjects(own);
  const exclusions = countExclusions(own);
  const filters =
    own.countries.length + own.places.length + own.kinds.length + own.relations.length + exclusions;
  const asks = ASPECT_CUES.some((cue) => own.cues.has(cue));
  // "more", "show me all": nothing named but the wish to see everything.
  if (markers.all) return subjects === 0 && filters === 0;
  // "not counting the coordinator?": leaving out, with nothing to leave it out of.
  if (subjects === 0 && exclusions === filters && exclusions > 0) return !markers.asksWho;
  // "who leads?": asks something, but of no subject. "in Spain?", "and in Italy?", "only
  // companies": a filter alone; but "who is in Spain?" asks a whole question.
  if (subjects === 0)
    return filters > 0 ? markers.connective > 0 || !(markers.asksWho || asks) : asks;
  // "what about WP3?", "and GDPR?": a subject with no question of its own around it.
  return markers.connective > 0 && !asks;
}

/**
 * The markers as this question means them: "else" asks for other partners in "who else …?",
 * "which other …?" or "and the others?", but for more of the same partner in "what else do
 * they do?" or "what else does the coordinator do?".
 */
function readMarkers(own: ParsedQuestion, markers: FollowUpMarkers): FollowUpMarkers {
  const restrict = markers.restrict || (markers.ellipticWhich && !hasOwnSubject(own, markers));
  const aboutNamed =
    markers.singular || markers.plural || own.partners.length > 0 || own.cues.has('coordinator');
  const otherPartners =
    markers.others && (markers.asksWho || markers.asksWhich || markers.partnerNoun || !aboutNamed);
  return { ...markers, restrict, others: otherPartners };
}

/**
 * Reads a question against the conversation's context. A follow-up ("and in Spain?", "who
 * leads it?", "the second one?", "show me all") becomes the question it stands for, built from
 * parsed parts, never from rewritten text; a question with a subject of its own is new.
 * `reparse` reads the words after a leading "and" or "what about", whose own cues ("about")
 * must not count.
 */
export function resolveFollowUp(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  stored: ConversationContext | undefined,
  reparse: (text: string) => ParsedQuestion,
): Resolution {
  const found = findFollowUpMarkers(parsed.question);
  // "show all partners working on AI": all of them, not the first few, in any question.
  const fresh: Resolution = {
    kind: 'new',
    parsed: found.all ? { ...parsed, showAll: true } : parsed,
  };
  // "just started in WP3 - who leads it?": "it" is WP3, whatever came before.
  if (stored === undefined || parsed.asideReferent) return fresh;
  const context = liveContext(index, stored);
  const read =
    found.connective > 0
      ? reparse(afterWords(stripChatMarkup(parsed.question), found.connective))
      : parsed;
  const own = withoutMarkers(
    { ...read, question: parsed.question, truncated: parsed.truncated },
    found.consumed,
  );
  const markers = readMarkers(own, found);
  if (!isFollowUp(own, markers)) return fresh;
  // "what about the fifth one?" after "who leads the third one?" asks the same of another.
  const asks = ASPECT_CUES.some((cue) => own.cues.has(cue));
  const carriedCues = asks ? own.cues : new Set([...context.cues.filter(isCue), ...own.cues]);
  if (markers.pick !== undefined) {
    const picked = pickedParts(context, markers.pick);
    if (picked.kind === 'none') return { kind: 'no-such-item', ...picked.missing };
    return {
      kind: 'follow-up',
      parsed: withParts(own, picked.parts, carriedCues),
      picked: markers.pick,
    };
  }
  const pointed = pointedParts(index, context, own, markers);
  if (pointed)
    return { kind: 'follow-up', parsed: withParts(own, pointed, own.cues), picked: undefined };
  const merged = mergeParts(context, own, markers);
  // "who else is in that country?": the country of the partner the context named.
  if (markers.country && own.countries.length + own.places.length === 0) {
    const countries = countryOfPartners(
      index,
      referencedPartners(context, { singular: true, plural: false }),
    );
    if (countries.length > 0) merged.countries = countries;
  }
  return { kind: 'follow-up', parsed: merged, picked: undefined };
}

/** The context less what the dataset no longer has: it may have been reloaded since. */
function liveContext(index: KnowledgeIndex, context: ConversationContext): ConversationContext {
  const partner = (id: string): boolean => index.partners.has(id);
  const workPackage = (id: string): boolean => index.workPackages.has(id);
  return {
    ...context,
    partners: context.partners.filter(partner),
    workPackages: context.workPackages.filter(workPackage),
    excluded: {
      ...context.excluded,
      partners: context.excluded.partners.filter(partner),
      workPackages: context.excluded.workPackages.filter(workPackage),
    },
    shown: context.shown.filter(partner),
    shownWorkPackages: context.shownWorkPackages.filter(workPackage),
  };
}

/** The text after its first `count` words: "what about WP3?" → " WP3?". */
function afterWords(text: string, count: number): string {
  const word = /[\p{L}\p{M}\p{N}]+/gu;
  for (let i = 0; i < count && word.exec(text) !== null; i++);
  return text.slice(word.lastIndex);
}
