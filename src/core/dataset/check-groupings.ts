import { LEAD_PHRASES_SAID } from '../lexicon/lead-words.js';
import type { Group } from '../schema/group.js';
import { Group as GroupSchema } from '../schema/group.js';
import { leadStatements } from './lead-statements.js';
import type { PartialDataset, PartialPartner } from './partial-dataset.js';
import { createNameFinder, foldedWords, type NameFinder, namesOf } from './partner-mentions.js';
import type { DatasetProblem } from './problem.js';

type Push = (path: string, message: string) => void;

function finderFor(data: PartialDataset): NameFinder {
  const partners = data.partners.filter((p): p is PartialPartner => p !== undefined);
  const texts = data.groups.flatMap((g) => [
    ...(g?.leaderSource ? [g.leaderSource] : []),
    ...(g?.members ?? []).map((m) => m.source),
  ]);
  return createNameFinder(
    partners.map((p) => ({ id: p.id, names: namesOf(p) })),
    texts,
  );
}

/** Whether a sentence names the partner (a pronoun is given the benefit of the doubt). */
function names(finder: NameFinder, sentence: string, id: string): boolean {
  return finder.mentions(foldedWords(sentence)).some((m) => m.pronoun || m.ids.includes(id));
}

/** The leader: named in its leaderSource as the one that leads, and one of the members. */
function leaderProblems(
  group: Group,
  at: string,
  leader: PartialPartner,
  finder: NameFinder,
  push: Push,
): void {
  const source = group.leaderSource;
  if (source === null) return;
  if (!names(finder, source, leader.id))
    push(`${at}.leaderSource`, `does not name the leader ${leader.acronym}`);
  else {
    const leads = leadStatements(source, finder).some((s) =>
      s.subjects.some((m) => m.pronoun || m.ids.includes(leader.id)),
    );
    if (!leads)
      push(
        `${at}.leaderSource`,
        `names ${leader.acronym} but does not say that it ${LEAD_PHRASES_SAID} ${group.label}`,
      );
  }
  const listed = group.members.some((m) => m.id === leader.id);
  const byRole = leader.roles.some((r) => r?.group === group.id);
  if (!listed && !byRole)
    push(
      `${at}.leader`,
      `${leader.acronym} leads ${group.label} but is not one of its members: add it to "members" with the sentence that says so, or give it a role with "group": "${group.id}"`,
    );
}

/**
 * Groupings: unique ids, references that exist (leader, members, work package, a role's
 * `group`), a leader named as leading in its leaderSource and among the members, and every
 * member's sentence naming it.
 */
export function groupingProblems(data: PartialDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const push: Push = (path, message) => problems.push({ path, message });
  const seen = new Map<string, number>();
  data.groupIds.forEach((id, i) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else push(`groups[${i}].id`, `duplicate id "${id}" (first used at groups[${first}])`);
  });
  const partnerAt = new Map(data.partnerIds.map((id, i) => [id, i]));
  const partnersKnown = data.partnerIds.every((id) => id !== undefined);
  const wps = new Set(data.workPackageIds);
  const finder = finderFor(data);
  data.groups.forEach((group, i) => {
    if (group === undefined) return;
    const at = `groups[${i}]`;
    if ((group.leader === null) !== (group.leaderSource === null))
      push(`${at}.leaderSource`, 'leader and leaderSource must both be set or both be null');
    if (group.workPackage && !wps.has(group.workPackage))
      push(`${at}.workPackage`, `no work package has id "${group.workPackage}"`);
    const leaderIndex = group.leader === null ? undefined : partnerAt.get(group.leader);
    if (group.leader !== null && leaderIndex === undefined && partnersKnown)
      push(`${at}.leader`, `no partner has id "${group.leader}"`);
    const leader = leaderIndex === undefined ? undefined : data.partners[leaderIndex];
    if (leader) leaderProblems(group, at, leader, finder, push);
    group.members.forEach((member, j) => {
      const index = partnerAt.get(member.id);
      if (index === undefined) {
        if (partnersKnown) push(`${at}.members[${j}].id`, `no partner has id "${member.id}"`);
        return;
      }
      const partner = data.partners[index];
      if (partner && !names(finder, member.source, partner.id))
        push(`${at}.members[${j}].source`, `does not name ${partner.acronym}`);
    });
  });
  const groupsKnown = data.groupIds.every((id) => GroupSchema.shape.id.safeParse(id).success);
  data.partners.forEach((partner, i) => {
    partner?.roles.forEach((role, j) => {
      if (role?.group && groupsKnown && !seen.has(role.group))
        push(`partners[${i}].roles[${j}].group`, `no grouping in "groups" has id "${role.group}"`);
    });
  });
  return problems;
}
