import type { KnowledgeIndex } from '../index/knowledge-index.js';
import {
  KIND_LABELS,
  KIND_PLURALS,
  type Partner,
  type PartnerKind,
  type Role,
} from '../schema/dataset.js';
import { rankTopics } from '../understand/every-topic.js';
import type { TopicExclusion } from '../understand/excluded-topics.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { answerUnknown } from './answer-help.js';
import { partnerCap } from './answer-partners.js';
import { type Draft, draft } from './draft.js';
import { filterOrdinals, filterPartners } from './filter-partners.js';
import { statedKindNotes } from './kind-notes.js';
import { matchedRoles, topicLabels, topicPhrase } from './matched-roles.js';
import {
  joinWords,
  MAX_LISTED,
  moreNote,
  parentSentence,
  rolesIn,
  toAnswerPartner,
} from './parts.js';
import {
  citiesKnownNote,
  cityNotes,
  placeWords,
  regionDefinitionNotes,
  regionReadingNotes,
  subnationalNotes,
} from './place-notes.js';
import { partnerFollowUps } from './suggest.js';

/** "third party" → "third parties", "affiliated entity" → "affiliated entities". */
function pluralOf(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/**
 * How a filter reads: the noun ("company", "companies"; "third party", "university third
 * parties") and where ("in Spain, in WP2").
 */
function describeFilter(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
): {
  noun: (count: number) => string;
  where: string;
} {
  const { kinds, countries, places, relations, workPackages, excluded } = parsed;
  const kindWords = (labels: Record<PartnerKind, string>): string =>
    joinWords(
      kinds.map((k) => labels[k]),
      'or',
    );
  // A relation is the noun and a kind its adjective ("university third parties").
  const nounOf = (labels: Record<PartnerKind, string>, relationWords: string[]): string =>
    relations.length > 0
      ? [kindWords(KIND_LABELS), joinWords(relationWords, 'or')].filter(Boolean).join(' ')
      : kindWords(labels);
  const singular = nounOf(KIND_LABELS, relations) || 'partner';
  const plural = nounOf(KIND_PLURALS, relations.map(pluralOf)) || 'partners';
  const where: string[] = [];
  // "1 third party of BBMRI-ERIC": the partner at the relation's other end.
  const parents = (parsed.parents ?? []).map((id) => index.partners.get(id)?.acronym ?? id);
  const of = parents.length > 0 ? ` of ${joinWords(parents, 'or')}` : '';
  if (countries.length > 0 || places.length > 0) where.push(`in ${placeWords(parsed)}`);
  if (workPackages.length > 0)
    where.push(
      parsed.everyWorkPackage
        ? `working in both ${joinWords(workPackages)}`
        : `working in ${joinWords(workPackages, 'or')}`,
    );
  // "not in Spain or the Baltics"; a region or city alone reads "outside the EU".
  if (excluded.countries.length + excluded.places.length > 0)
    where.push(`${excluded.countries.length > 0 ? 'not in' : 'outside'} ${placeWords(excluded)}`);
  if (excluded.workPackages.length > 0)
    where.push(`not in ${joinWords(excluded.workPackages, 'or')}`);
  if (excluded.topics.length > 0)
    where.push(`not on ${joinWords(topicLabels(index, excluded.topics), 'or')}`);
  const others = [
    ...excluded.kinds.map((k) => KIND_PLURALS[k]),
    ...excluded.partners.map((id) => index.partners.get(id)?.acronym ?? id),
  ];
  if (others.length > 0) where.push(`other than ${joinWords(others)}`);
  return {
    noun: (count) => `${count === 1 ? singular : plural}${of}`,
    where: where.map((w) => ` ${w}`).join(','),
  };
}

/** A list of partners one line each, cut at `MAX_LISTED` with a count of the rest. */
function listed(partners: readonly Partner[]): Pick<Draft, 'partners' | 'notes' | 'detail'> {
  const shown = partners.slice(0, MAX_LISTED);
  return {
    partners: shown.map((p) => toAnswerPartner(p, [], 0)),
    notes: moreNote(partners.length, shown.length),
    detail: 'list',
  };
}

/**
 * No partner passes the filters: say so, and list the partners of the places named. A city no
 * partner is known to be in widens to its country, as the source names few cities.
 */
function answerNoneFiltered(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  { noun, where }: ReturnType<typeof describeFilter>,
): Draft {
  const none = { kinds: [], relations: [], workPackages: [] };
  const named = parsed.countries.length + parsed.places.length > 0;
  let around = { countries: parsed.countries, places: parsed.places };
  let inPlaces = named ? filterPartners(index, { ...none, ...around }) : [];
  const notes: string[] = [];
  const cityCountries = parsed.places.flatMap((p) =>
    p.type === 'city' && p.country ? [p.country] : [],
  );
  if (inPlaces.length === 0 && cityCountries.length > 0) {
    around = { countries: [...new Set(cityCountries)], places: [] };
    inPlaces = filterPartners(index, { ...none, ...around });
    if (inPlaces.length > 0) notes.push(citiesKnownNote(index));
  }
  const spread = [...index.partnersByCountry].map(([c, ids]) => `${c} (${ids.length})`);
  // A partner the question leaves out is not shown as one of the place's partners: "Belgian
  // partners other than Radiomics" has none to show when Radiomics is Belgium's only one.
  const rest = inPlaces.filter((p) => !parsed.excluded.partners.includes(p.id));
  const shown = listed(rest);
  // "No partner in Washington D.C." ends its sentence once.
  const stop = where.endsWith('.') ? '' : '.';
  const noneHere = `No ${noun(1)}${where}${stop}`;
  return draft({
    intent: 'not-found',
    headline:
      rest.length > 0
        ? `${noneHere} The partners in ${placeWords(around)} are:`
        : `${noneHere}${named && inPlaces.length === 0 ? ` Partners are in ${joinWords(spread)}.` : ''}`,
    ...shown,
    notes: [...shown.notes, ...notes],
    suggestions: [{ label: 'List all partners', question: 'List all partners' }],
  });
}

/**
 * The partners the question leaves out by name that its other filters would keep: "Spanish
 * partners other than UB" (UB is Spanish), "who else …?" after an answer. Their topic match
 * still sets the bar for the rest (see RankOptions.barOnly).
 */
function leftOutByName(index: KnowledgeIndex, parsed: ParsedQuestion): number[] {
  const named = parsed.excluded.partners;
  if (named.length === 0) return [];
  const excluded = { ...parsed.excluded, partners: [] };
  return filterOrdinals(index, { ...parsed, excluded }).filter((i) =>
    named.includes(index.dataset.partners[i]?.id ?? ''),
  );
}

/**
 * Nothing in the filter matches the topic: say so when the topic is firm elsewhere ("Spanish
 * partners on blockchain") and show the filter's partners, but a weak topic word is not
 * understood well enough to refuse. When the partners left out by name were the ones that match
 * ("who else …?"), the rest are no answer and none is shown.
 */
function answerNoTopicMatch(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  { noun, where }: ReturnType<typeof describeFilter>,
  firmTopic: boolean,
  found: { candidates: Partner[]; leftOut: number[] },
): Draft {
  if (!firmTopic) return answerUnknown(index, parsed);
  const noMatch = `No ${noun(1)}${where} matches ${joinWords(topicLabels(index, parsed.topics), 'or')}.`;
  const { candidates, leftOut } = found;
  if (leftOut.length > 0) {
    const left = leftOut.map((i) => index.dataset.partners[i]?.id ?? '');
    return draft({
      intent: 'not-found',
      headline: noMatch,
      suggestions: partnerFollowUps(index, left),
    });
  }
  return draft({
    intent: 'not-found',
    headline: `${noMatch} ${candidates.length === 1 ? 'This is the only one' : `These are the ${candidates.length}`}${where}:`,
    ...listed(candidates),
  });
}

/** Partners by country, kind and work package, ranked by topic when the question has one. */
export function answerFilter(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  options: { firmTopic: boolean; exclusion?: TopicExclusion } = { firmTopic: true },
): Draft {
  const described = describeFilter(index, parsed);
  const { noun, where } = described;
  const { exclusion } = options;
  // A left-out topic takes out whole partners when nothing else ranks them ("who does not
  // work on GDPR"); with a topic, only the roles about it (see excludeTopics).
  const ordinals = filterOrdinals(index, parsed).filter(
    (i) =>
      parsed.topics.length > 0 || !exclusion?.partners.has(index.dataset.partners[i]?.id ?? ''),
  );
  const cap = partnerCap(parsed);
  const candidates = ordinals.map((i) => index.dataset.partners[i] as Partner);
  if (candidates.length === 0) return answerNoneFiltered(index, parsed, described);
  // Only the partners shown are built in full; the rest are counted.
  let count = candidates.length;
  let shown: { partner: Partner; score: number; roles: Role[] }[] = candidates
    .slice(0, cap)
    .map((p) => ({ partner: p, score: 1, roles: rolesIn(p, parsed.workPackages) }));
  if (parsed.topics.length > 0) {
    const barOnly = leftOutByName(index, parsed);
    const ranking = rankTopics(index, parsed.topics, parsed.anyTopic, {
      leadAsked: parsed.cues.has('lead'),
      only: ordinals,
      limit: cap,
      barOnly,
      ...(exclusion ? { skipDocs: exclusion.docs } : {}),
    });
    count = ranking.kept;
    shown = ranking.top.slice(0, Math.min(cap, count)).map((m) => {
      const partner = index.partners.get(m.partnerId) as Partner;
      const inWp = rolesIn(partner, parsed.workPackages);
      const roles = matchedRoles(index, m).filter((r) => inWp.includes(r));
      return { partner, score: m.score, roles: roles.length > 0 ? roles : inWp };
    });
    if (count === 0)
      return answerNoTopicMatch(index, parsed, described, options.firmTopic, {
        candidates,
        leftOut: barOnly.length > 0 && ranking.best > 0 ? barOnly : [],
      });
  }
  // One partner alone is shown with what it does: "what does the third party do?".
  const detail =
    parsed.topics.length > 0 || parsed.workPackages.length > 0 || count === 1 ? 'roles' : 'list';
  // "Which partners are third parties?": say whose.
  const parents =
    parsed.relations.length > 0
      ? shown.flatMap(({ partner }) => parentSentence(index, partner) ?? [])
      : [];
  return draft({
    intent: 'partners-filter',
    headline:
      parsed.topics.length > 0
        ? `${count} ${noun(count)}${where} on ${topicPhrase(index, parsed)}:`
        : `${count} ${noun(count)}${where}:`,
    partners: shown.map((r) =>
      toAnswerPartner(r.partner, detail === 'roles' ? r.roles : [], r.score),
    ),
    notes: [
      ...parents,
      ...cityNotes(
        index,
        parsed,
        shown.map((r) => r.partner),
      ),
      ...regionReadingNotes(index, parsed),
      ...regionDefinitionNotes(parsed),
      ...subnationalNotes(
        index,
        parsed,
        shown.map((r) => r.partner),
      ),
      ...statedKindNotes(
        index,
        parsed.kinds,
        shown.map((r) => r.partner),
      ),
      ...moreNote(count, shown.length),
    ],
    detail,
    suggestions: partnerFollowUps(
      index,
      shown.map((r) => r.partner.id),
    ),
  });
}
