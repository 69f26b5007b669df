import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { KIND_LABELS, KIND_PLURALS, type Partner, type Role } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parse-question.js';
import { scoreTopics } from '../understand/score-topics.js';
import { answerUnknown } from './answer-help.js';
import { type Draft, draft } from './draft.js';
import { matchedRoles, topicLabels } from './matched-roles.js';
import { countryName, joinWords, partnerLabel, plural, rolesIn, toAnswerPartner } from './parts.js';
import { partnerFollowUps } from './suggest.js';

/** Below this share of the best topic score, a partner is not listed. */
export const RELATIVE_CUTOFF = 0.5;
/** Partners listed in full before "and N more". */
export const MAX_PARTNERS = 8;

function describe(index: KnowledgeIndex, partner: Partner): string {
  const parts = [
    `${partnerLabel(partner)}: a ${KIND_LABELS[partner.kind]} in ${countryName(partner.country)}.`,
  ];
  if (partner.coordinator) parts.push(`It coordinates ${index.dataset.consortium.name}.`);
  const parent = partner.parent ? index.partners.get(partner.parent.id) : undefined;
  if (partner.parent && parent)
    parts.push(`It is a ${partner.parent.relation} of ${parent.acronym}.`);
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
  const [match] = scoreTopics(index, parsed.topics, {
    leadAsked: parsed.cues.has('lead'),
    allow: (id) => id === partner.id,
  });
  const matched = match ? matchedRoles(index, match).filter((r) => inWp.includes(r)) : [];
  return matched.length > 0 ? { roles: matched } : { roles: inWp };
}

/** What one or more named partners do. */
export function answerPartners(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const named = parsed.partners
    .map((m) => ({ partner: index.partners.get(m.id), strength: m.strength }))
    .filter((m): m is { partner: Partner; strength: number } => m.partner !== undefined);
  const notes: string[] = [];
  const partners = named.map(({ partner, strength }) => {
    const { roles, note } = relevantRoles(index, partner, parsed);
    if (note) notes.push(note);
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

/** How a filter reads: the noun ("company", "companies") and where ("in Spain, in WP2"). */
function describeFilter(parsed: ParsedQuestion): {
  noun: (count: number) => string;
  where: string;
} {
  const { kinds, countries, workPackages } = parsed;
  const singular =
    kinds.length > 0
      ? joinWords(
          kinds.map((k) => KIND_LABELS[k]),
          'or',
        )
      : 'partner';
  const plural =
    kinds.length > 0
      ? joinWords(
          kinds.map((k) => KIND_PLURALS[k]),
          'or',
        )
      : 'partners';
  const where: string[] = [];
  if (countries.length > 0) where.push(`in ${joinWords(countries.map(countryName), 'or')}`);
  if (workPackages.length > 0) where.push(`working in ${joinWords(workPackages, 'or')}`);
  return {
    noun: (count) => (count === 1 ? singular : plural),
    where: where.map((w) => ` ${w}`).join(','),
  };
}

/** Partners that pass the question's country, kind and work-package filters. */
export function filterPartners(index: KnowledgeIndex, parsed: ParsedQuestion): Partner[] {
  return index.dataset.partners.filter(
    (p) =>
      (parsed.countries.length === 0 ||
        parsed.countries.includes(index.countryOfPartner.get(p.id) ?? '')) &&
      (parsed.kinds.length === 0 || parsed.kinds.includes(p.kind)) &&
      (parsed.workPackages.length === 0 || rolesIn(p, parsed.workPackages).length > 0),
  );
}

/** Partners by country, kind and work package, ranked by topic when the question has one. */
export function answerFilter(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  options: { firmTopic: boolean } = { firmTopic: true },
): Draft {
  const { noun, where } = describeFilter(parsed);
  const candidates = filterPartners(index, parsed);
  if (candidates.length === 0) {
    const inCountries =
      parsed.countries.length > 0
        ? filterPartners(index, { ...parsed, kinds: [], workPackages: [] })
        : [];
    const spread = [...index.partnersByCountry].map(([c, ids]) => `${c} (${ids.length})`);
    const places = joinWords(parsed.countries.map(countryName), 'or');
    return draft({
      intent: 'not-found',
      headline:
        inCountries.length > 0
          ? `No ${noun(1)}${where}. The partners in ${places} are:`
          : `No ${noun(1)}${where}.${parsed.countries.length > 0 ? ` Partners are in ${joinWords(spread)}.` : ''}`,
      partners: inCountries.map((p) => toAnswerPartner(p, [], 0)),
      detail: 'list',
      suggestions: [{ label: 'List all partners', question: 'List all partners' }],
    });
  }
  let ranked = candidates.map((p) => ({
    partner: p,
    score: 1,
    roles: rolesIn(p, parsed.workPackages),
  }));
  if (parsed.topics.length > 0) {
    const allowed = new Set(candidates.map((p) => p.id));
    const matches = scoreTopics(index, parsed.topics, {
      leadAsked: parsed.cues.has('lead'),
      allow: (id) => allowed.has(id),
    });
    const best = matches[0]?.score ?? 0;
    ranked = matches
      .filter((m) => m.score >= RELATIVE_CUTOFF * best)
      .map((m) => {
        const partner = index.partners.get(m.partnerId) as Partner;
        const inWp = rolesIn(partner, parsed.workPackages);
        const roles = matchedRoles(index, m).filter((r) => inWp.includes(r));
        return { partner, score: m.score, roles: roles.length > 0 ? roles : inWp };
      });
    // Nothing in the filter matches: say so when the topic is firm elsewhere ("Spanish
    // partners on blockchain"), but a weak topic word is not understood well enough to refuse.
    if (ranked.length === 0 && !options.firmTopic) return answerUnknown(index, parsed);
    if (ranked.length === 0) {
      return draft({
        intent: 'not-found',
        headline: `No ${noun(1)}${where} matches ${joinWords(topicLabels(index, parsed.topics), 'or')}. These ${candidates.length === 1 ? 'is the only one' : `are the ${candidates.length}`}${where}:`,
        partners: candidates.map((p) => toAnswerPartner(p, [], 0)),
        detail: 'list',
      });
    }
  }
  const shown = ranked.slice(0, MAX_PARTNERS);
  const detail = parsed.topics.length > 0 || parsed.workPackages.length > 0 ? 'roles' : 'list';
  return draft({
    intent: 'partners-filter',
    headline:
      parsed.topics.length > 0
        ? `${ranked.length} ${noun(ranked.length)}${where} on ${joinWords(topicLabels(index, parsed.topics))}:`
        : `${ranked.length} ${noun(ranked.length)}${where}:`,
    partners: shown.map((r) =>
      toAnswerPartner(r.partner, detail === 'roles' ? r.roles : [], r.score),
    ),
    notes: ranked.length > shown.length ? [`…and ${ranked.length - shown.length} more.`] : [],
    detail,
    suggestions: partnerFollowUps(
      index,
      shown.map((r) => r.partner.id),
    ),
  });
}

/** Every partner, grouped by country. */
export function answerAllPartners(index: KnowledgeIndex): Draft {
  const byCountry = [...index.partnersByCountry].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const partners = byCountry.flatMap(([, ids]) =>
    ids.map((id) => index.partners.get(id) as Partner),
  );
  return draft({
    intent: 'list-partners',
    headline: `${index.dataset.consortium.name} has ${plural(partners.length, 'partner')} in ${plural(byCountry.length, 'country', 'countries')}:`,
    partners: partners.map((p) => toAnswerPartner(p, [], 1)),
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
    suggestions: [
      { label: `About ${coordinator.acronym}`, question: `What does ${coordinator.acronym} do?` },
    ],
  });
}
