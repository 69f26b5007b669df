import { Partner, WorkPackage } from '../schema/dataset.js';
import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

/** Whether every id of a collection is well formed, so that a reference it lacks is truly dangling. */
function complete(
  ids: readonly (string | undefined)[],
  id: { safeParse(v: unknown): { success: boolean } },
) {
  return ids.every((value) => id.safeParse(value).success);
}

/**
 * Ids are unique and every reference (leader, parent, coordinator, a role's wp) names something
 * that exists. Ids are read from every entry as written, even one whose other fields are broken.
 * Where an id is itself malformed ("Work package 1"), references into its collection are not
 * judged: each would repeat the one mistake.
 */
export function referenceProblems(data: PartialDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const partnerIds = new Map<string, number>();
  data.partnerIds.forEach((id, i) => {
    if (id === undefined) return;
    const first = partnerIds.get(id);
    if (first === undefined) partnerIds.set(id, i);
    else
      problems.push({
        path: `partners[${i}].id`,
        message: `duplicate id "${id}" (first used at partners[${first}])`,
      });
  });
  const wpIds = new Set<string>();
  data.workPackageIds.forEach((id, i) => {
    if (id === undefined) return;
    if (wpIds.has(id))
      problems.push({ path: `workPackages[${i}].id`, message: `duplicate id "${id}"` });
    wpIds.add(id);
  });
  const partnersKnown = complete(data.partnerIds, Partner.shape.id);
  const wpsKnown = complete(data.workPackageIds, WorkPackage.shape.id);
  const dangling = (path: string, kind: string, id: string) =>
    problems.push({ path, message: `no ${kind} has id "${id}"` });
  data.workPackages.forEach((wp, i) => {
    if (wp === undefined) return;
    if (wp.leader !== null && partnersKnown && !partnerIds.has(wp.leader))
      dangling(`workPackages[${i}].leader`, 'partner', wp.leader);
    if ((wp.leader === null) !== (wp.leaderSource === null))
      problems.push({
        path: `workPackages[${i}].leaderSource`,
        message: 'leader and leaderSource must both be set or both be null',
      });
  });
  const coordinator = data.consortium?.coordinator;
  if (coordinator !== undefined && partnersKnown && !partnerIds.has(coordinator))
    dangling('consortium.coordinator', 'partner', coordinator);
  data.partners.forEach((partner, i) => {
    if (partner === undefined) return;
    const isCoordinator = partner.id === coordinator;
    if (coordinator !== undefined && partner.coordinator !== isCoordinator)
      problems.push({
        path: `partners[${i}].coordinator`,
        message: isCoordinator
          ? 'must be true: consortium.coordinator names this partner'
          : `must be false: consortium.coordinator is "${coordinator}"`,
      });
    if (partner.parent !== null) {
      if (partner.parent.id === partner.id)
        problems.push({
          path: `partners[${i}].parent.id`,
          message: 'a partner cannot be its own parent',
        });
      else if (partnersKnown && !partnerIds.has(partner.parent.id))
        dangling(`partners[${i}].parent.id`, 'partner', partner.parent.id);
    }
    partner.roles.forEach((role, j) => {
      if (role?.wp != null && wpsKnown && !wpIds.has(role.wp))
        dangling(`partners[${i}].roles[${j}].wp`, 'work package', role.wp);
    });
  });
  return problems;
}
