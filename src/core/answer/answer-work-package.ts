import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Partner } from '../schema/dataset.js';
import { type Draft, draft } from './draft.js';
import {
  partnerLabel,
  plural,
  rolesIn,
  toAnswerPartner,
  toAnswerWorkPackage,
  workPackageRange,
} from './parts.js';

/** What the question wants to know about a work package. */
export type WorkPackageAspect = 'leader' | 'members' | 'overview';

/** Partners with a role in the work package: the leader first, then other leads, then the rest. */
export function membersOf(index: KnowledgeIndex, wpId: string): Partner[] {
  const leader = index.workPackages.get(wpId)?.leader;
  const members = index.dataset.partners.filter((p) => p.roles.some((r) => r.wp === wpId));
  const rank = (p: Partner): number =>
    p.id === leader ? 0 : p.roles.some((r) => r.wp === wpId && r.lead) ? 1 : 2;
  return members.sort((a, b) => rank(a) - rank(b));
}

/** "There is no WP9": a work package the dataset does not have. */
export function answerMissingWorkPackage(index: KnowledgeIndex, ids: readonly string[]): Draft {
  const first = index.dataset.workPackages[0];
  return draft({
    intent: 'not-found',
    headline: `There is no ${ids.join(' or ')} in ${index.dataset.consortium.name}. Its work packages are ${workPackageRange(index)}.`,
    suggestions: [
      { label: 'List the work packages', question: 'List the work packages' },
      ...(first ? [{ label: `About ${first.id}`, question: `What does ${first.id} cover?` }] : []),
    ],
  });
}

function leaderLine(index: KnowledgeIndex, wpId: string): string {
  const wp = index.workPackages.get(wpId);
  const leader = wp?.leader ? index.partners.get(wp.leader) : undefined;
  if (leader) return `${wpId} is led by ${partnerLabel(leader)}.`;
  return `The source document names no leader for ${wpId}.`;
}

/** Answers about one work package: its leader, its members, or an overview of both. */
export function answerWorkPackage(
  index: KnowledgeIndex,
  wpId: string,
  aspect: WorkPackageAspect,
): Draft {
  const wp = index.workPackages.get(wpId);
  const summary = toAnswerWorkPackage(index, wpId);
  if (wp === undefined || summary === undefined) return answerMissingWorkPackage(index, [wpId]);
  const members = membersOf(index, wpId);
  const leader = wp.leader ? index.partners.get(wp.leader) : undefined;
  const leadsOfTasks = members.filter(
    (p) => p.id !== wp.leader && rolesIn(p, [wpId]).some((r) => r.lead),
  );
  const shown = aspect === 'leader' ? (leader ? [leader] : leadsOfTasks) : members;
  const partners = shown.map((p) => {
    const roles = rolesIn(p, [wpId]).filter(
      (r) => aspect !== 'leader' || r.lead || p.id === wp.leader,
    );
    return toAnswerPartner(p, roles, p.id === wp.leader ? 1 : 0.9);
  });
  const notes: string[] = [];
  if (aspect === 'leader' && !leader && leadsOfTasks.length > 0)
    notes.push(`These partners lead parts of ${wpId}.`);
  if (aspect === 'leader' && !leader && leadsOfTasks.length === 0)
    notes.push(
      `${plural(members.length, 'partner')} work in ${wpId}: ask "Who is in ${wpId}?" to see them.`,
    );
  const title = wp.title ? ` (${wp.title})` : '';
  const headline =
    aspect === 'leader'
      ? leaderLine(index, wpId)
      : aspect === 'members'
        ? `${plural(members.length, 'partner')} work in ${wpId}${title}. ${leaderLine(index, wpId)}`
        : `**${wpId}**${title} covers: ${wp.covers} ${leaderLine(index, wpId)}`;
  return draft({
    intent: 'work-package',
    headline,
    partners,
    workPackages: [summary],
    notes,
    suggestions: [
      ...(aspect !== 'members'
        ? [{ label: `Who is in ${wpId}?`, question: `Who is in ${wpId}?` }]
        : []),
      ...(aspect !== 'overview'
        ? [{ label: `About ${wpId}`, question: `What does ${wpId} cover?` }]
        : []),
    ],
  });
}

/** All work packages with what they cover and who leads them. */
export function answerAllWorkPackages(index: KnowledgeIndex): Draft {
  const list = index.dataset.workPackages
    .map((wp) => toAnswerWorkPackage(index, wp.id))
    .filter((wp) => wp !== undefined);
  return draft({
    intent: 'list-work-packages',
    headline: `${index.dataset.consortium.name} has ${plural(list.length, 'work package')}:`,
    workPackages: list,
    suggestions: list
      .slice(0, 3)
      .map((wp) => ({ label: `Who is in ${wp.id}?`, question: `Who is in ${wp.id}?` })),
  });
}
