import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { isInPlace } from '../index/places.js';
import { isOfKind } from '../index/profile-kinds.js';
import type { ConversationContext } from '../schema/conversation.js';
import type { FollowUpMarkers } from './follow-up-markers.js';
import { contextTopics, type QuestionParts } from './merge-parts.js';
import type { ParsedQuestion, TopicMention } from './parsed-question.js';
import { noExclusion } from './read-spans.js';
import { ROLE_CUTOFF, scoreTopics } from './score-topics.js';

/**
 * The partners a pointer refers to: "it" or "that one" the one partner shown or named, "they"
 * or "them" all those shown. Empty when the context has no such partner.
 */
export function referencedPartners(
  context: ConversationContext,
  markers: Pick<FollowUpMarkers, 'singular' | 'plural'>,
): string[] {
  if (markers.singular && !markers.plural) {
    if (context.shown.length === 1) return context.shown;
    return context.partners.length === 1 ? context.partners : [];
  }
  return context.shown.length > 0 ? context.shown : context.partners;
}

/** "who else is in that country?": the one country of the partners referred to, if one. */
export function countryOfPartners(index: KnowledgeIndex, ids: readonly string[]): string[] {
  const countries = new Set(ids.map((id) => index.countryOfPartner.get(id) ?? ''));
  countries.delete('');
  return countries.size === 1 ? [...countries] : [];
}

/**
 * "who leads the WP they work in?", "which of them leads a WP?": the work packages of the
 * partners referred to. With `led`, those they lead; otherwise those they work in, for the
 * topics when their roles on the topics name any ("the WP where they do the training").
 */
export function workPackagesOfPartners(
  index: KnowledgeIndex,
  ids: readonly string[],
  topics: readonly TopicMention[],
  led: boolean,
): string[] {
  if (led)
    return index.dataset.workPackages
      .filter((wp) => wp.leader !== null && ids.includes(wp.leader))
      .map((wp) => wp.id);
  const all = new Set<string>();
  const onTopic = new Set<string>();
  for (const id of ids) {
    const partner = index.partners.get(id);
    const ordinal = index.partnerOrdinal.get(id);
    if (partner === undefined || ordinal === undefined) continue;
    for (const role of partner.roles) if (role.wp !== null) all.add(role.wp);
    if (topics.length === 0) continue;
    const [match] = scoreTopics(index, topics, { leadAsked: false, only: [ordinal], limit: 1 }).top;
    const best = match?.docs[0]?.score ?? 0;
    for (const doc of match?.docs ?? []) {
      const wp = index.docs[doc.doc]?.wp;
      if (wp && doc.score >= ROLE_CUTOFF * best) onTopic.add(wp);
    }
  }
  const found = onTopic.size > 0 ? onTopic : all;
  return index.dataset.workPackages.map((wp) => wp.id).filter((id) => found.has(id));
}

/**
 * "which of them is a third party?" after named partners: those of them that are in the
 * countries, of the kinds and in the relations asked about (the plain filters that
 * answer/filter-partners.ts applies to the whole dataset).
 */
export function narrowPartners(
  index: KnowledgeIndex,
  ids: readonly string[],
  filters: Pick<ParsedQuestion, 'countries' | 'places' | 'kinds' | 'relations'>,
): string[] {
  const { countries, places, kinds, relations } = filters;
  return ids.filter((id) => {
    const partner = index.partners.get(id);
    if (partner === undefined) return false;
    const country = index.countryOfPartner.get(id) ?? partner.country;
    return (
      (countries.length + places.length === 0 ||
        countries.includes(country) ||
        places.some((place) => isInPlace(index, id, place))) &&
      (kinds.length === 0 || isOfKind(index.statedKinds, partner, kinds)) &&
      (relations.length === 0 || relations.includes(partner.parent?.relation ?? ''))
    );
  });
}

/**
 * Parts a pointer stands for, when it points at partners, or at
 * their work packages ("the WP they work in").
 */
export function pointedParts(
  index: KnowledgeIndex,
  context: ConversationContext,
  own: ParsedQuestion,
  markers: FollowUpMarkers,
): QuestionParts | undefined {
  const ids = referencedPartners(context, markers).filter((id) => index.partners.has(id));
  const points = markers.singular || markers.plural || markers.restrict;
  // "who leads the WP they work in?", "which of them leads a WP?".
  if (points && own.aboutWorkPackages && own.workPackages.length === 0) {
    const topics = own.topics.length > 0 ? own.topics : contextTopics(context);
    const led = markers.restrict && own.cues.has('lead');
    const workPackages = workPackagesOfPartners(index, ids, topics, led);
    if (workPackages.length > 0) return { ...NOTHING, workPackages };
  }
  // "which of them is a third party?" after partners named or picked: those of them that are.
  const filters =
    own.countries.length + own.places.length + own.kinds.length + own.relations.length;
  if (markers.restrict && context.partners.length > 0 && filters > 0) {
    const among = context.shown.length > 0 ? context.shown : context.partners;
    const kept = narrowPartners(index, among, own);
    // None of them is: each is shown with what it is instead ("SIE is a company, not …").
    return { partners: kept.length > 0 ? kept : among };
  }
  // "who leads it?", "which of them …?" ask about the subject or narrow the list down.
  if (markers.asksWho || markers.restrict || own.partners.length > 0) return undefined;
  if (!(markers.singular || markers.plural) || ids.length === 0) return undefined;
  // "what does it cover?" after a work package: the work package, not its leader.
  if (own.cues.has('info') && context.workPackages.length > 0 && context.partners.length === 0)
    return undefined;
  return { partners: ids };
}

/** A question's parts, all empty: what pointed parts start from. */
const NOTHING: Required<Omit<QuestionParts, 'showAll' | 'everyWorkPackage' | 'anyTopic'>> = {
  partners: [],
  workPackages: [],
  topics: [],
  countries: [],
  places: [],
  kinds: [],
  relations: [],
  excluded: noExclusion(),
};
