import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Partner } from '../schema/dataset.js';
import { sourceNotes } from './answer-grouping.js';
import { type Draft, draft } from './draft.js';
import {
  MAX_LISTED,
  moreNote,
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
export function membersOf(index: KnowledgeIndex, wpId: string, limit = Infinity): Partner[] {
  return (index.membersByWorkPackage.get(wpId) ?? [])
    .slice(0, limit)
    .map((id) => index.partners.get(id) as Partner);
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
  const memberCount = index.membersByWorkPackage.get(wpId)?.length ?? 0;
  const leader = wp.leader ? index.partners.get(wp.leader) : undefined;
  // A leader question about a work package whose leader the source does not name lists its
  // members with their roles in it, the same way for every such work package: the answer
  // then shows who does what there, and never picks a leader the document does not name.
  const listsMembers = aspect !== 'leader' || !leader;
  const listed = listsMembers ? membersOf(index, wpId, MAX_LISTED + 1) : [leader];
  const listedCount = listsMembers ? memberCount : 1;
  const shown = listed.slice(0, MAX_LISTED);
  const partners = shown.map((p) => {
    const roles = rolesIn(p, [wpId]).filter((r) => listsMembers || r.lead || p.id === wp.leader);
    return toAnswerPartner(p, roles, p.id === wp.leader ? 1 : 0.9);
  });
  // Several work packages' answers are merged into one: each count says whose it is.
  const notes = moreNote(listedCount, shown.length, ` in ${wpId}`);
  // What it covers rests on the description's sentences: the overview quotes them.
  const grouping = index.groupings.byKey.get(wpId);
  if (aspect === 'overview' && grouping) notes.unshift(...sourceNotes(grouping));
  const title = wp.title ? ` (${wp.title})` : '';
  const headline =
    aspect === 'leader'
      ? leader
        ? leaderLine(index, wpId)
        : `${leaderLine(index, wpId)} ${plural(memberCount, 'partner')} ${memberCount === 1 ? 'works' : 'work'} in it:`
      : aspect === 'members'
        ? `${plural(memberCount, 'partner')} ${memberCount === 1 ? 'works' : 'work'} in ${wpId}${title}. ${leaderLine(index, wpId)}`
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
