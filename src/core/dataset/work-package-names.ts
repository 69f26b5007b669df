import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

const WP_WORD = String.raw`(?:wps?\s*-?\s*|work[\s-]?packages?\s*)`;
const SEPARATOR = String.raw`\s*(,|and|&|or|to|-|–)\s*`;
/** "WP5", "WP 5", "WP-5", "work package 5", with a list after it: "WP4 and 5", "WPs 3 to 5". */
const REFERENCE = new RegExp(
  String.raw`\b${WP_WORD}(\d{1,2})((?:${SEPARATOR}${WP_WORD}?\d{1,2}\b)*)`,
  'gi',
);
const LIST_ITEM = new RegExp(`${SEPARATOR}${WP_WORD}?(\\d{1,2})`, 'gi');

/** The numbers of the work packages a sentence names, in order, each once. */
export function workPackagesNamedIn(text: string): number[] {
  const named: number[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    let last = Number(match[1]);
    named.push(last);
    for (const item of (match[2] ?? '').matchAll(LIST_ITEM)) {
      const n = Number(item[2]);
      // "WPs 3 to 5", "WP3–5": a range names the work packages in between.
      if (['to', '-', '–'].includes(item[1] ?? '') && n > last)
        for (let k = last + 1; k < n; k++) named.push(k);
      named.push(n);
      last = n;
    }
  }
  return [...new Set(named)];
}

/** The number of an id such as "WP4" or "WP04". */
export function workPackageNumber(id: string): number {
  return Number(id.replace(/^WP/i, ''));
}

/** A role's `wp` must be named in its source sentence, so a reader can check it. */
export function roleWorkPackageProblems(data: PartialDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  data.partners.forEach((partner, i) => {
    partner?.roles.forEach((role, j) => {
      // A wp that does not exist is reported as such; whether the sentence names it is moot.
      if (role?.wp == null || !data.workPackageIds.includes(role.wp)) return;
      const named = workPackagesNamedIn(role.source);
      if (named.includes(workPackageNumber(role.wp))) return;
      const which = named.length === 0 ? 'no work package' : named.map((n) => `WP${n}`).join(', ');
      problems.push({
        path: `partners[${i}].roles[${j}].wp`,
        message: `"${role.wp}" is not named in the source, which names ${which}`,
      });
    });
  });
  return problems;
}
