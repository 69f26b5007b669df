import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { placeLabel } from '../index/places.js';
import { KIND_LABELS, type Partner } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { ROLE_CUTOFF, scoreTopics } from '../understand/score-topics.js';
import { type Draft, draft } from './draft.js';
import { filterOrdinals } from './filter-partners.js';
import { matchedRoles, topicLabels } from './matched-roles.js';
import {
  countryName,
  joinWords,
  lowerFirst,
  rolesIn,
  toAnswerPartner,
  withArticle,
} from './parts.js';
import { partnerFollowUps } from './suggest.js';

/**
 * A topic score this low, for the best of the partners named, matches a stray word rather than
 * what the question is about: then none of them is said to do it. Half the abstention
 * threshold of a topic alone (compose.ts, 0.25), because here the candidates are already named.
 */
const MIN_CHOICE_SCORE = 0.125;

/**
 * A named partner counts as the one asked about when its topic score is at least this share of
 * the best named partner's: the share that makes a role count as matched (ROLE_CUTOFF), since
 * the person asks which one, and a partner that matches half as well is not it.
 */
const CHOICE_CUTOFF = ROLE_CUTOFF;

/** Whether the question narrows the partners it names: by a topic, a filter or a leader asked. */
export function asksToChoose(parsed: ParsedQuestion): boolean {
  return (
    parsed.partners.length > 1 &&
    (parsed.topics.length > 0 ||
      parsed.countries.length > 0 ||
      parsed.places.length > 0 ||
      parsed.cues.has('coordinator') ||
      parsed.kinds.length > 0 ||
      parsed.relations.length > 0 ||
      parsed.workPackages.length > 0)
  );
}

/** What the question asks of the partners, as a predicate: "work on GDPR and are in Spain". */
function predicate(index: KnowledgeIndex, parsed: ParsedQuestion, many: boolean): string {
  const [is, works] = many ? ['are', 'work'] : ['is', 'works'];
  const lead = parsed.cues.has('lead');
  const parts: string[] = [];
  if (parsed.topics.length > 0)
    parts.push(
      `${lead ? (many ? 'lead' : 'leads') : works} on ${joinWords(topicLabels(index, parsed.topics))}`,
    );
  if (parsed.workPackages.length > 0)
    parts.push(
      `${lead && parsed.topics.length === 0 ? (many ? 'lead' : 'leads') : `${works} in`} ${joinWords(parsed.workPackages, 'or')}`,
    );
  if (parsed.kinds.length > 0)
    parts.push(
      `${is} ${joinWords(
        parsed.kinds.map((k) => withArticle(KIND_LABELS[k])),
        'or',
      )}`,
    );
  if (parsed.countries.length + parsed.places.length > 0)
    parts.push(
      `${is} in ${joinWords([...parsed.countries.map(countryName), ...parsed.places.map(placeLabel)], 'or')}`,
    );
  if (parsed.cues.has('coordinator')) parts.push(`${is} the coordinator`);
  return joinWords(parts);
}

/** A one-line account of a partner that does not match: its first role, or its profile. */
function otherwise(partner: Partner): string {
  const role = partner.roles[0];
  const what = role ? role.summary : partner.profile;
  return `**${partner.acronym}** ${lowerFirst(what)}`;
}

/**
 * "Which of ONCO and SIE works on liver cancer?", "does TMF or BBMRI-ERIC give GDPR advice?",
 * "UNIPI or KAUNO, which one is in Lithuania?": the partners named are the candidates; the
 * answer is the one (or those) that match the topic and filters, with its roles, and the others
 * are said to do something else. "Both X and Y" gets the same check for each.
 */
export function answerChoice(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const named = parsed.partners
    .map((m) => index.partners.get(m.id))
    .filter((p): p is Partner => p !== undefined);
  const ordinals = named.map((p) => index.partnerOrdinal.get(p.id) ?? -1);
  const passing = new Set(filterOrdinals(index, parsed).filter((o) => ordinals.includes(o)));
  const ranking =
    parsed.topics.length > 0
      ? scoreTopics(index, parsed.topics, {
          leadAsked: parsed.cues.has('lead'),
          only: [...passing],
          limit: named.length,
        })
      : undefined;
  const best = ranking?.best ?? 1;
  const coordinator = index.dataset.consortium.coordinator;
  let chosen = named.filter((partner, i) => {
    if (!passing.has(ordinals[i] ?? -1)) return false;
    if (parsed.cues.has('coordinator') && partner.id !== coordinator) return false;
    if (ranking === undefined) return true;
    const match = ranking.top.find((m) => m.partnerId === partner.id);
    return match !== undefined && best >= MIN_CHOICE_SCORE && match.score >= CHOICE_CUTOFF * best;
  });
  // "Which of UPV/EHU and Lynkeus leads WP1?": both are in WP1, one leads it. The work
  // package's own leader comes before a partner leading a task in it ("UmU or GUMed, who leads
  // WP2?": UmU leads the Clinical Consensus Group in WP2, GUMed leads WP2).
  const leadsWp = (p: Partner) =>
    parsed.workPackages.some((id) => index.workPackages.get(id)?.leader === p.id);
  const leadsIn = (p: Partner) => rolesIn(p, parsed.workPackages).some((r) => r.lead);
  const leads = parsed.cues.has('lead')
    ? [chosen.filter(leadsWp), chosen.filter(leadsIn)].find((found) => found.length > 0)
    : undefined;
  if (leads !== undefined) chosen = leads;
  const join = (partners: readonly Partner[], conjunction: string) =>
    joinWords(
      partners.map((p) => `**${p.acronym}**`),
      conjunction,
    );
  const shown = chosen.map((partner) => {
    const match = ranking?.top.find((m) => m.partnerId === partner.id);
    const inWp = rolesIn(partner, parsed.workPackages);
    const roles = match ? matchedRoles(index, match).filter((r) => inWp.includes(r)) : inWp;
    return toAnswerPartner(partner, roles.length > 0 ? roles : inWp, match?.score ?? 1);
  });
  const others = named.filter((p) => !chosen.includes(p));
  const headline =
    chosen.length === 0
      ? `Neither ${join(named, 'nor')} ${predicate(index, parsed, false)}, by the source document.`
      : chosen.length === named.length
        ? `${named.length === 2 ? 'Both' : 'All of'} ${join(named, 'and')} ${predicate(index, parsed, true)}:`
        : `Of ${join(named, 'and')}, ${join(chosen, 'and')} ${predicate(index, parsed, chosen.length > 1)}:`;
  return draft({
    intent: 'partner',
    headline,
    partners: shown,
    notes: others.map((p) => `${otherwise(p)}.`),
    detail: 'roles',
    suggestions: partnerFollowUps(
      index,
      named.map((p) => p.id),
    ),
  });
}
