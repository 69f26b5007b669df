import { type Grouping, pluralOf } from '../index/groupings.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { AnswerPartner } from '../schema/answer.js';
import type { Partner, Role } from '../schema/dataset.js';
import type { WorkPackageAspect } from './answer-work-package.js';
import { type Draft, draft } from './draft.js';
import { joinWords, MAX_LISTED, moreNote, partnerLabel, plural, toAnswerPartner } from './parts.js';

/** A grouping's name in a sentence: "**Use case 2** (Breast cancer screening)". */
export function groupingName(grouping: Grouping): string {
  return `**${grouping.label}**${grouping.title ? ` (${grouping.title})` : ''}`;
}

/** "Use case 2 is led by **UB** (University of Barcelona)." or that no leader is named. */
export function groupingLeaderLine(index: KnowledgeIndex, grouping: Grouping): string {
  const leader = grouping.leader ? index.partners.get(grouping.leader) : undefined;
  return leader
    ? `${grouping.label} is led by ${partnerLabel(leader)}.`
    : `The source document names no leader for ${grouping.label}.`;
}

/**
 * A partner's part in a grouping: its roles in it, else the sentence that makes it the leader
 * or a member, as a role so that every renderer quotes it like any other.
 */
function partAsRoles(grouping: Grouping, partner: Partner): Role[] {
  const roles = partner.roles.filter((r) =>
    grouping.kind === 'work package' ? r.wp === grouping.key : r.group === grouping.key,
  );
  if (roles.length > 0) return roles;
  const wp = grouping.workPackage;
  if (partner.id === grouping.leader && grouping.leaderSource)
    return [
      {
        summary: `Leads ${grouping.label}`,
        wp,
        lead: true,
        keywords: ['lead'],
        source: grouping.leaderSource,
      },
    ];
  const source = grouping.memberSources.get(partner.id);
  return source
    ? [
        {
          summary: `Takes part in ${grouping.label}`,
          wp,
          lead: false,
          keywords: ['member'],
          source,
        },
      ]
    : [];
}

/** The members of a grouping as answer partners, leader first, at most MAX_LISTED. */
export function groupingPartners(index: KnowledgeIndex, grouping: Grouping): AnswerPartner[] {
  return grouping.members
    .slice(0, MAX_LISTED)
    .map((id) => index.partners.get(id))
    .filter((p) => p !== undefined)
    .map((p) => toAnswerPartner(p, partAsRoles(grouping, p), p.id === grouping.leader ? 1 : 0.9));
}

/** The description's sentences, quoted: what "what does X cover" rests on. */
export function sourceNotes(grouping: Grouping): string[] {
  const [first, ...rest] = grouping.sources;
  if (first === undefined) return [];
  const more = rest.length > 0 ? ` (and ${plural(rest.length, 'more sentence')})` : '';
  return [`From the source${more}: “${first}”`];
}

/** Answers about one grouping other than a work package: its leader, its members, or both. */
export function answerGrouping(
  index: KnowledgeIndex,
  grouping: Grouping,
  aspect: WorkPackageAspect,
): Draft {
  const leader = grouping.leader ? index.partners.get(grouping.leader) : undefined;
  const all = groupingPartners(index, grouping);
  const partners = aspect === 'leader' && leader ? all.slice(0, 1) : all;
  const count = plural(grouping.members.length, 'partner');
  const within = grouping.workPackage ? ` in ${grouping.workPackage}` : '';
  const headline =
    aspect === 'leader'
      ? leader
        ? groupingLeaderLine(index, grouping)
        : `${groupingLeaderLine(index, grouping)} ${count} work in it:`
      : aspect === 'members'
        ? `${count} work in ${groupingName(grouping)}, a ${grouping.kind}${within}. ${groupingLeaderLine(index, grouping)}`
        : `${groupingName(grouping)}, a ${grouping.kind}${within}, covers: ${grouping.covers} ${groupingLeaderLine(index, grouping)}`;
  return draft({
    intent: 'work-package',
    headline,
    partners,
    notes: [
      ...(aspect === 'overview' ? sourceNotes(grouping) : []),
      ...moreNote(grouping.members.length, partners.length, ` in ${grouping.label}`),
    ],
    suggestions: [
      ...(aspect !== 'members'
        ? [{ label: `Who is in ${grouping.label}?`, question: `Who is in ${grouping.label}?` }]
        : []),
      ...(aspect !== 'overview'
        ? [{ label: `About ${grouping.label}`, question: `What does ${grouping.label} cover?` }]
        : []),
    ],
  });
}

/** "- **Use case 2** (Breast cancer) (led by UB): covers …", a line of a list of groupings. */
function groupingLine(index: KnowledgeIndex, grouping: Grouping): string {
  const leader = grouping.leader ? index.partners.get(grouping.leader) : undefined;
  const led = leader ? `led by ${leader.acronym}` : 'no leader named';
  return `- ${groupingName(grouping)} (${led}): ${grouping.covers}`;
}

/**
 * "Which pilots is UB in?", "list the case studies": the groupings of a kind, those a partner
 * named is in when one is, with its part in each.
 */
export function answerGroupingKind(
  index: KnowledgeIndex,
  kind: string,
  partnerIds: readonly string[],
): Draft {
  const ofKind = index.groupings.all.filter((g) => g.kind === kind);
  const partner = partnerIds.length === 1 ? index.partners.get(partnerIds[0] ?? '') : undefined;
  const kinds = (n: number) => plural(n, kind, pluralOf(kind));
  if (partner === undefined) {
    const lines = ofKind.map((g) => groupingLine(index, g));
    return draft({
      intent: 'work-package',
      headline: `${index.dataset.consortium.name} has ${kinds(ofKind.length)}:\n${lines.join('\n')}`,
      suggestions: ofKind
        .slice(0, 3)
        .map((g) => ({ label: `Who is in ${g.label}?`, question: `Who is in ${g.label}?` })),
    });
  }
  const inIt = ofKind.filter((g) => g.members.includes(partner.id));
  const roles = inIt.flatMap((g) => partAsRoles(g, partner));
  const names = inIt.map(
    (g) => `${groupingName(g)}${g.leader === partner.id ? ' (as its leader)' : ''}`,
  );
  const headline =
    inIt.length === 0
      ? `${partnerLabel(partner)} is in none of the ${kinds(ofKind.length)} the source describes.`
      : `${partnerLabel(partner)} is in ${kinds(inIt.length)}: ${joinWords(names)}.`;
  return draft({
    intent: inIt.length === 0 ? 'not-found' : 'partner',
    headline,
    partners: inIt.length === 0 ? [] : [toAnswerPartner(partner, roles, 1)],
    suggestions: [
      { label: `About ${partner.acronym}`, question: `What does ${partner.acronym} do?` },
      ...inIt
        .slice(0, 2)
        .map((g) => ({ label: `About ${g.label}`, question: `What does ${g.label} cover?` })),
    ],
  });
}
