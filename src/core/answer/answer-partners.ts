import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { KIND_LABELS, type Partner, type PartnerKind, type Role } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parse-question.js';
import { ROLE_CUTOFF, scoreTopics } from '../understand/score-topics.js';
import { type Draft, draft } from './draft.js';
import { joinWords, partnerLabel, plural, rolesIn, toAnswerPartner } from './parts.js';
import { partnerFollowUps } from './suggest.js';

/** Below this share of the best topic score, a partner is not listed. */
export const RELATIVE_CUTOFF = 0.5;
/** Partners listed in full before "and N more". */
export const MAX_PARTNERS = 8;

function describe(index: KnowledgeIndex, partner: Partner): string {
  const parts = [`${partnerLabel(partner)}: a ${KIND_LABELS[partner.kind]} in ${partner.country}.`];
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
  const matched = (match?.docs ?? [])
    .filter((d) => d.score >= ROLE_CUTOFF * (match?.docs[0]?.score ?? 0))
    .map((d) => index.docs[d.doc]?.roleIndex)
    .filter((i): i is number => i !== null && i !== undefined)
    .map((i) => partner.roles[i])
    .filter((r): r is Role => r !== undefined && inWp.includes(r));
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

/** How a filter reads in prose: "Spanish companies in WP2" becomes "in Spain, companies, in WP2". */
function filterPhrase(
  countries: readonly string[],
  kinds: readonly PartnerKind[],
  wps: readonly string[],
): string {
  const parts: string[] = [];
  if (kinds.length > 0)
    parts.push(
      `of kind ${joinWords(
        kinds.map((k) => KIND_LABELS[k]),
        'or',
      )}`,
    );
  if (countries.length > 0) parts.push(`in ${joinWords(countries, 'or')}`);
  if (wps.length > 0) parts.push(`working in ${joinWords(wps, 'or')}`);
  return parts.join(', ');
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
export function answerFilter(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const phrase = filterPhrase(parsed.countries, parsed.kinds, parsed.workPackages);
  const candidates = filterPartners(index, parsed);
  if (candidates.length === 0) {
    const where = [...index.partnersByCountry].map(([c, ids]) => `${c} (${ids.length})`);
    return draft({
      intent: 'not-found',
      confidence: 1,
      headline: `No partner ${phrase}.${parsed.countries.length > 0 ? ` Partners are in ${joinWords(where)}.` : ''}`,
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
        const top = m.docs[0]?.score ?? 0;
        const topicRoles = m.docs
          .filter((d) => d.score >= ROLE_CUTOFF * top)
          .map((d) => index.docs[d.doc]?.roleIndex)
          .filter((i) => typeof i === 'number')
          .map((i) => partner.roles[i as number] as Role);
        const roles = topicRoles.filter((r) => rolesIn(partner, parsed.workPackages).includes(r));
        return {
          partner,
          score: m.score,
          roles: roles.length > 0 ? roles : rolesIn(partner, parsed.workPackages),
        };
      });
    if (ranked.length === 0) {
      return draft({
        intent: 'not-found',
        headline: `No partner ${phrase} matches what you asked about. ${plural(candidates.length, 'partner is', 'partners are')} ${phrase}:`,
        partners: candidates.map((p) => toAnswerPartner(p, [], 0)),
        detail: 'list',
      });
    }
  }
  const shown = ranked.slice(0, MAX_PARTNERS);
  const detail = parsed.topics.length > 0 || parsed.workPackages.length > 0 ? 'roles' : 'list';
  return draft({
    intent: 'partners-filter',
    headline: `${plural(ranked.length, 'partner')} ${phrase}:`,
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
