import type { z } from 'zod';
import { EucanbotError } from '../errors.js';
import { Dataset } from '../schema/dataset.js';
import { hasInvisible, showInvisible } from '../text/invisible.js';
import { cityProblems } from './check-cities.js';

/** One located problem in a dataset. */
export interface DatasetProblem {
  /** JSON path such as `partners[5].country`, or `(root)`. */
  path: string;
  message: string;
}

/** Formats a zod/JS path as `partners[5].roles[0].wp`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** zod's messages, reworded for a person editing JSON: "is missing" rather than "received undefined". */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return `is missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_type') return issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys')
    return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${showInvisible(k)}"`).join(', ')}`;
  // "emc" that fails as an id looks right in an editor: say what is hidden in it.
  if (typeof issue.input === 'string' && hasInvisible(issue.input))
    return `${issue.message} (the value is "${showInvisible(issue.input)}", with an invisible character)`;
  return issue.message;
}

/** Every problem of a failed zod parse, located by JSON path. */
export function shapeProblems(error: z.ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: plainMessage(issue),
  }));
}

function referenceProblems(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const partnerIds = new Map<string, number>();
  data.partners.forEach((partner, i) => {
    const first = partnerIds.get(partner.id);
    if (first === undefined) partnerIds.set(partner.id, i);
    else
      problems.push({
        path: `partners[${i}].id`,
        message: `duplicate id "${partner.id}" (first used at partners[${first}])`,
      });
  });
  const wpIds = new Set<string>();
  data.workPackages.forEach((wp, i) => {
    if (wpIds.has(wp.id))
      problems.push({ path: `workPackages[${i}].id`, message: `duplicate id "${wp.id}"` });
    wpIds.add(wp.id);
    if (wp.leader !== null && !partnerIds.has(wp.leader))
      problems.push({
        path: `workPackages[${i}].leader`,
        message: `no partner has id "${wp.leader}"`,
      });
    if ((wp.leader === null) !== (wp.leaderSource === null))
      problems.push({
        path: `workPackages[${i}].leaderSource`,
        message: 'leader and leaderSource must both be set or both be null',
      });
  });
  if (!partnerIds.has(data.consortium.coordinator))
    problems.push({
      path: 'consortium.coordinator',
      message: `no partner has id "${data.consortium.coordinator}"`,
    });
  data.partners.forEach((partner, i) => {
    const isCoordinator = partner.id === data.consortium.coordinator;
    if (partner.coordinator !== isCoordinator)
      problems.push({
        path: `partners[${i}].coordinator`,
        message: isCoordinator
          ? 'must be true: consortium.coordinator names this partner'
          : `must be false: consortium.coordinator is "${data.consortium.coordinator}"`,
      });
    if (partner.parent !== null) {
      if (partner.parent.id === partner.id)
        problems.push({
          path: `partners[${i}].parent.id`,
          message: 'a partner cannot be its own parent',
        });
      else if (!partnerIds.has(partner.parent.id))
        problems.push({
          path: `partners[${i}].parent.id`,
          message: `no partner has id "${partner.parent.id}"`,
        });
    }
    partner.roles.forEach((role, j) => {
      if (role.wp !== null && !wpIds.has(role.wp))
        problems.push({
          path: `partners[${i}].roles[${j}].wp`,
          message: `no work package has id "${role.wp}"`,
        });
    });
  });
  return problems;
}

/** The outcome of checking a dataset: the typed data when its shape is right, and every problem. */
export interface DatasetCheck {
  data: Dataset | undefined;
  problems: DatasetProblem[];
  cause: z.ZodError | undefined;
}

/** Checks shape, then (once the shape is right) cross-references; one parse serves both. */
export function checkDataset(input: unknown): DatasetCheck {
  // The input is kept on each issue so a message can show an invisible character in it.
  const parsed = Dataset.safeParse(input, { reportInput: true });
  if (!parsed.success)
    return { data: undefined, problems: shapeProblems(parsed.error), cause: parsed.error };
  const problems = [...referenceProblems(parsed.data), ...cityProblems(parsed.data)];
  return { data: parsed.data, problems, cause: undefined };
}

/** Checks shape and cross-references, returning every problem found (empty when valid). */
export function findDatasetProblems(input: unknown): DatasetProblem[] {
  return checkDataset(input).problems;
}

/** Parses a dataset or throws DATASET_INVALID listing every located problem. */
export function parseDataset(input: unknown, origin = 'dataset'): Dataset {
  const { data, problems, cause } = checkDataset(input);
  if (data !== undefined && problems.length === 0) return data;
  throw invalidError(origin, problems, cause);
}

/** DATASET_INVALID for a file with these problems, each listed with its JSON path. */
export function invalidError(
  origin: string,
  problems: readonly DatasetProblem[],
  cause?: unknown,
): EucanbotError {
  const details = problems.map((p) => `${p.path}: ${p.message}`);
  return new EucanbotError(
    'DATASET_INVALID',
    `${origin} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${details.map((d) => `  - ${d}`).join('\n')}`,
    { details, ...(cause ? { cause } : {}) },
  );
}
