import type { Place } from '../index/entities.js';
import { CUE_PHRASES, type CueKind } from '../lexicon/cues.js';
import type { ConversationContext } from '../schema/conversation.js';
import { ASPECT_CUES } from './follow-up-cues.js';
import type { FollowUpMarkers } from './follow-up-markers.js';
import type { ParsedQuestion, TopicMention } from './parsed-question.js';
import { noExclusion } from './read-spans.js';

/** The parts of a question a conversation carries from one turn to the next. */
export type QuestionParts = Partial<
  Pick<
    ParsedQuestion,
    | 'workPackages'
    | 'countries'
    | 'places'
    | 'kinds'
    | 'relations'
    | 'excluded'
    | 'everyWorkPackage'
    | 'anyTopic'
    | 'topics'
    | 'showAll'
  >
> & { partners?: string[] };

/** A partner named by a conversation, not by the question's words: as sure as a whole name. */
const NAMED = 1;

/** The question with the given parts in place of its own, and the given cues. */
export function withParts(
  own: ParsedQuestion,
  parts: QuestionParts,
  cues: ReadonlySet<CueKind>,
): ParsedQuestion {
  const { partners, ...rest } = parts;
  return {
    ...own,
    ...rest,
    partners: partners ? partners.map((id) => ({ id, strength: NAMED })) : own.partners,
    cues,
  };
}

/** The context's topics as the parser gives them, their labels as typed words. */
export function contextTopics(context: ConversationContext): TopicMention[] {
  return asTopics(context.topics);
}

/** Places as the index knows them; a city's missing country is undefined again. */
function asPlaces(places: ConversationContext['places']): Place[] {
  return places.map((place): Place => {
    if (place.type !== 'region') return { ...place, country: place.country };
    const { strictly, members, definedBy, ...region } = place;
    return {
      ...region,
      ...(strictly ? { strictly } : {}),
      ...(members ? { members } : {}),
      ...(definedBy === undefined ? {} : { definedBy }),
    };
  });
}

function asTopics(topics: ConversationContext['topics']): TopicMention[] {
  return topics.map((t) => ({ concept: t.concept, words: t.words, shown: t.label }));
}

/** Whether a stored cue is one this version knows (a store may hold an older context). */
export const isCue = (cue: string): cue is CueKind => Object.hasOwn(CUE_PHRASES, cue);

/** The context's parts, as a question's. */
function partsOf(context: ConversationContext): Required<QuestionParts> & { cues: Set<CueKind> } {
  return {
    partners: context.partners,
    workPackages: context.workPackages,
    topics: contextTopics(context),
    countries: context.countries,
    places: asPlaces(context.places),
    kinds: context.kinds,
    relations: context.relations,
    excluded: {
      ...context.excluded,
      places: asPlaces(context.excluded.places),
      topics: asTopics(context.excluded.topics),
    },
    everyWorkPackage: context.everyWorkPackage,
    anyTopic: context.anyTopic,
    showAll: false,
    cues: new Set(context.cues.filter(isCue)),
  };
}

/** One kind of part: the follow-up's replaces the context's, or adds to it when narrowing. */
function pick<T>(previous: readonly T[], next: readonly T[], add: boolean): T[] {
  if (next.length === 0) return [...previous];
  return add ? [...new Set([...previous, ...next])] : [...next];
}

function unionTopics(previous: TopicMention[], next: TopicMention[], add: boolean) {
  if (next.length === 0) return previous;
  if (!add) return next;
  return [...previous, ...next.filter((t) => !previous.some((p) => p.concept === t.concept))];
}

/**
 * The follow-up's parts merged into the context's. Each kind of part the follow-up names
 * replaces the context's ("what about WP3?", "and in Italy?"); pointing back ("which of them
 * are in WP3?") narrows the list instead, so a second work package must hold as well. What it
 * asks ("who leads it?") replaces what the context asked; without a cue the context's holds.
 */
export function mergeParts(
  context: ConversationContext,
  own: ParsedQuestion,
  markers: FollowUpMarkers,
): ParsedQuestion {
  const before = partsOf(context);
  const narrows = markers.restrict || markers.singular || markers.plural;
  const workPackages = pick(before.workPackages, own.workPackages, narrows);
  // Countries and other places are one part, where: "and in the Baltics?" after "in Spain?".
  const where = own.countries.length + own.places.length > 0 ? own : before;
  const countries = [...where.countries];
  const kinds = pick(before.kinds, own.kinds, false);
  // Partners left out of a list ("who else is in WP4?") were left out of that list only: a
  // new subject ("what about WP3?") starts its list whole.
  const newSubject = !narrows && own.workPackages.length + own.topics.length > 0;
  const excluded = {
    countries: pick(before.excluded.countries, own.excluded.countries, true),
    places: pick(before.excluded.places, own.excluded.places, true),
    kinds: pick(before.excluded.kinds, own.excluded.kinds, true),
    // "who else …?": those the last answer showed are left out.
    partners: pick(
      newSubject ? [] : before.excluded.partners,
      [...own.excluded.partners, ...(markers.others ? context.shown : [])],
      true,
    ),
    workPackages: pick(before.excluded.workPackages, own.excluded.workPackages, true),
    topics: unionTopics(before.excluded.topics, own.excluded.topics, true),
  };
  // "show me all" lists what was asked before; any other cue asks something new.
  const asks = ASPECT_CUES.some((cue) => own.cues.has(cue) && !(cue === 'list' && markers.all));
  const cues = new Set(asks ? own.cues : [...before.cues, ...own.cues]);
  // "who else works on it?" after "what does ONCO do?" asks for partners, not about ONCO.
  const asksPartners = markers.asksWho || markers.others || markers.partnerNoun;
  // "who else", "show me all" after "who leads WP4?": the others, or all, are its members.
  if ((markers.others || markers.all) && !own.cues.has('lead')) {
    cues.delete('lead');
    cues.add('member');
  }
  const parts: Required<QuestionParts> = {
    partners: pick(
      asksPartners && own.partners.length === 0 ? [] : before.partners,
      own.partners.map((p) => p.id),
      narrows,
    ),
    workPackages,
    topics: unionTopics(before.topics, own.topics, narrows),
    countries: countries.filter((c) => !excluded.countries.includes(c)),
    places: [...where.places],
    kinds: kinds.filter((k) => !excluded.kinds.includes(k)),
    relations: pick(before.relations, own.relations, false),
    excluded,
    everyWorkPackage:
      own.workPackages.length === 0
        ? before.everyWorkPackage
        : own.everyWorkPackage || (narrows && before.workPackages.length > 0),
    // "and consent?" after "who handles GDPR?" adds a topic: the two are alternatives only as
    // the follow-up, or the question before it, said so.
    anyTopic: own.topics.length === 0 ? before.anyTopic : own.anyTopic && !narrows,
    showAll: markers.all,
  };
  // "who leads it?" about a work package asks for its one leader, whatever the list was narrowed to.
  if (own.cues.has('lead') && parts.workPackages.length > 0 && parts.topics.length === 0) {
    const filtersNamed =
      own.countries.length + own.places.length + own.kinds.length + own.relations.length;
    if (filtersNamed === 0)
      Object.assign(parts, {
        countries: [],
        places: [],
        kinds: [],
        relations: [],
        excluded: noExclusion(),
      });
  }
  return withParts(own, parts, cues);
}

/** The parts a pick stands for: the partner, or work package, at that place in the last list. */
export function pickedParts(
  context: ConversationContext,
  position: number,
):
  | { kind: 'ok'; parts: QuestionParts }
  | {
      kind: 'none';
      missing: { position: number; count: number; noun: 'partner' | 'work package' };
    } {
  const partners = context.shown.length > 0 || context.shownWorkPackages.length === 0;
  const list = partners ? context.shown : context.shownWorkPackages;
  const id = position === -1 ? list.at(-1) : list[position - 1];
  if (id === undefined)
    return {
      kind: 'none',
      missing: { position, count: list.length, noun: partners ? 'partner' : 'work package' },
    };
  return { kind: 'ok', parts: partners ? { partners: [id] } : { workPackages: [id] } };
}
