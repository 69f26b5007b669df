import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { isInPlace } from '../index/places.js';
import { isOfKind } from '../index/profile-kinds.js';
import { KIND_LABELS, type Partner, type Role } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { scoreTopics } from '../understand/score-topics.js';
import { type Draft, draft } from './draft.js';
import { matchedRoles } from './matched-roles.js';
import {
  countryName,
  joinWords,
  MAX_LISTED,
  moreNote,
  parentSentence,
  partnerLabel,
  plural,
  rolesIn,
  toAnswerPartner,
} from './parts.js';
import { cityEvidence, placeWords } from './place-notes.js';
import { partnerFollowUps } from './suggest.js';

/** Partners listed in full before "and N more". */
export const MAX_PARTNERS = 8;

/** How many partners an answer lists in full: all a list holds when "all of them" were asked for. */
export function partnerCap(parsed: Pick<ParsedQuestion, 'showAll'>): number {
  return parsed.showAll === true ? MAX_LISTED : MAX_PARTNERS;
}

function describe(index: KnowledgeIndex, partner: Partner): string {
  // "What does EIBIR stand for?": a name that is only the acronym is spelt out by the legal name.
  const label =
    partner.name === partner.acronym && partner.legalName !== partner.name
      ? partnerLabel({ acronym: partner.acronym, name: partner.legalName })
      : partnerLabel(partner);
  const city = partner.city ? `${partner.city.name}, ` : '';
  const parts = [
    `${label}: a ${KIND_LABELS[partner.kind]} in ${city}${countryName(partner.country)}.`,
  ];
  if (partner.coordinator) parts.push(`It coordinates ${index.dataset.consortium.name}.`);
  const parent = parentSentence(index, partner, 'It');
  if (parent) parts.push(parent);
  parts.push(partner.profile);
  return parts.join(' ');
}

/** Roles of a partner that match the question's work packages and topics; all roles otherwise. */
function relevantRoles(
  index: KnowledgeIndex,
  partner: Partner,
  parsed: ParsedQuestion,
): { roles: Role[]; note?: string } {
  const inWp = rolesIn(partner, parsed.workPackages);
  if (parsed.workPackages.length > 0 && inWp.length === 0) {
    return {
      roles: [...partner.roles],
      note: `The source document gives ${partner.acronym} no role in ${joinWords(parsed.workPackages, 'or')}; here is what it does.`,
    };
  }
  if (parsed.topics.length === 0) return { roles: inWp };
  const ordinal = index.partnerOrdinal.get(partner.id);
  const [match] =
    ordinal === undefined
      ? []
      : scoreTopics(index, parsed.topics, {
          leadAsked: parsed.cues.has('lead'),
          only: [ordinal],
          limit: 1,
        }).top;
  const matched = match ? matchedRoles(index, match).filter((r) => inWp.includes(r)) : [];
  return matched.length > 0 ? { roles: matched } : { roles: inWp };
}

/**
 * "ONCO is in Belgium, not in Italy.": a named partner outside the places or kinds the
 * question asks about, which the answer about it would otherwise pass over in silence.
 */
function mismatchNote(
  index: KnowledgeIndex,
  partner: Partner,
  parsed: ParsedQuestion,
): string | undefined {
  const country = index.countryOfPartner.get(partner.id) ?? partner.country;
  const mismatches: string[] = [];
  const named = parsed.countries.length + parsed.places.length > 0;
  const inNamed =
    parsed.countries.includes(country) ||
    parsed.places.some((place) => isInPlace(index, partner.id, place));
  if (named && !inNamed) {
    // A city only matters against a city asked about: "UB is in Barcelona, Spain, not in Madrid".
    const city = parsed.places.some((p) => p.type === 'city')
      ? index.cityOfPartner.get(partner.id)
      : undefined;
    mismatches.push(
      `is in ${city ? `${city}, ` : ''}${countryName(country)}, not in ${placeWords(parsed)}`,
    );
  }
  if (parsed.kinds.length > 0 && !isOfKind(index.statedKinds, partner, parsed.kinds))
    mismatches.push(
      `is a ${KIND_LABELS[partner.kind]}, not a ${joinWords(
        parsed.kinds.map((kind) => KIND_LABELS[kind]),
        'or',
      )}`,
    );
  return mismatches.length > 0 ? `${partner.acronym} ${joinWords(mismatches)}.` : undefined;
}

/** What one or more named partners do. */
export function answerPartners(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const named = parsed.partners
    .map((m) => ({ partner: index.partners.get(m.id), strength: m.strength }))
    .filter((m): m is { partner: Partner; strength: number } => m.partner !== undefined);
  const notes: string[] = [];
  const partners = named.map(({ partner, strength }) => {
    const { roles, note } = relevantRoles(index, partner, parsed);
    const mismatch = mismatchNote(index, partner, parsed);
    if (mismatch) notes.push(mismatch);
    if (note) notes.push(note);
    // A partner described alone has its city in the headline: its source backs it here.
    const city = named.length === 1 ? cityEvidence(partner) : undefined;
    if (city) notes.push(city);
    return toAnswerPartner(partner, roles, strength);
  });
  const [first] = named;
  const headline =
    named.length === 1 && first
      ? describe(index, first.partner)
      : `Here is what ${joinWords(named.map((m) => `**${m.partner.acronym}**`))} do:`;
  return draft({
    intent: 'partner',
    headline,
    partners,
    notes,
    suggestions:
      named.length === 1 && first
        ? workPackageFollowUps(first.partner)
        : partnerFollowUps(
            index,
            named.map((m) => m.partner.id),
          ),
  });
}

function workPackageFollowUps(partner: Partner): { label: string; question: string }[] {
  const wps = [
    ...new Set(partner.roles.map((r) => r.wp).filter((wp): wp is string => wp !== null)),
  ];
  return wps.slice(0, 3).map((wp) => ({ label: `Who is in ${wp}?`, question: `Who is in ${wp}?` }));
}

/** Every partner, grouped by country. */
export function answerAllPartners(index: KnowledgeIndex): Draft {
  const byCountry = [...index.partnersByCountry].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const total = byCountry.reduce((sum, [, ids]) => sum + ids.length, 0);
  const shown: Partner[] = [];
  for (const [, ids] of byCountry) {
    for (const id of ids.slice(0, MAX_LISTED - shown.length))
      shown.push(index.partners.get(id) as Partner);
  }
  return draft({
    intent: 'list-partners',
    headline: `${index.dataset.consortium.name} has ${plural(total, 'partner')} in ${plural(byCountry.length, 'country', 'countries')}:`,
    partners: shown.map((p) => toAnswerPartner(p, [], 1)),
    notes: moreNote(total, shown.length),
    detail: 'list',
    suggestions: [{ label: 'Who is the coordinator?', question: 'Who is the coordinator?' }],
  });
}

/** The coordinator and the role that makes it so. */
export function answerCoordinator(index: KnowledgeIndex): Draft {
  const coordinator = index.partners.get(index.dataset.consortium.coordinator) as Partner;
  const roles = coordinator.roles.filter((r) => r.lead && r.wp === null);
  return draft({
    intent: 'coordinator',
    headline: `${partnerLabel(coordinator)} coordinates ${index.dataset.consortium.name}.`,
    partners: [toAnswerPartner(coordinator, roles.length > 0 ? roles : coordinator.roles, 1)],
    suggestions: partnerFollowUps(index, [coordinator.id]),
  });
}
