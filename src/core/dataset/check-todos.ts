import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

/** An object of the dataset that may carry a `todo`, and where it is. */
interface Marked {
  path: string;
  todo: Readonly<Partial<Record<string, string>>> | undefined;
}

/** The parts that carry todos: a whole Dataset is one too. */
type Parts = Pick<PartialDataset, 'consortium' | 'workPackages' | 'partners'> & {
  groups?: PartialDataset['groups'] | undefined;
};

function markedObjects(data: Parts): Marked[] {
  return [
    { path: 'consortium', todo: data.consortium?.todo },
    ...data.workPackages.map((wp, i) => ({ path: `workPackages[${i}]`, todo: wp?.todo })),
    ...(data.groups ?? []).map((g, i) => ({ path: `groups[${i}]`, todo: g?.todo })),
    ...data.partners.flatMap((partner, i) => [
      { path: `partners[${i}]`, todo: partner?.todo },
      ...(partner?.roles ?? []).map((role, j) => ({
        path: `partners[${i}].roles[${j}]`,
        todo: role?.todo,
      })),
    ]),
  ];
}

/**
 * Every `todo` entry as a problem at the path of the field it names, in file order, saying how to
 * clear it: a drafted dataset keeps failing validation until a person has checked each field.
 */
export function todoProblems(data: Parts): DatasetProblem[] {
  return markedObjects(data).flatMap(({ path, todo }) =>
    Object.entries(todo ?? {}).map(([field, note]) => ({
      path: `${path}.${field}`,
      message: `to check: ${note} (then delete ${path}.todo.${field})`,
      todo: true as const,
    })),
  );
}
