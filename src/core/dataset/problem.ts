/** One located problem in a dataset. */
export interface DatasetProblem {
  /** JSON path such as `partners[5].country`, or `(root)`. */
  path: string;
  message: string;
  /** A field marked to check (see `todo` in the schema), not an error in the data. */
  todo?: true;
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
