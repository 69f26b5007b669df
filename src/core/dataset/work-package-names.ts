import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

/** Words, numbers and the marks that join a list, read apart: "WP4" is "wp" then "4". */
const TOKEN = /[a-z]+|\d+|[,&\u2013-]/g;
/** What joins a list of work packages: "WP1, WP7", "WP4 and 5"; a range: "WPs 3 to 5". */
const JOINERS: ReadonlySet<string> = new Set([',', 'and', '&', 'or', 'to', '-', '\u2013']);
const RANGES: ReadonlySet<string> = new Set(['to', '-', '\u2013']);

/** How many tokens at `i` say "work package": "wp", "wps", "work package", "work-packages". */
function workPackageWord(tokens: readonly string[], i: number): number {
  const word = tokens[i];
  if (word === 'wp' || word === 'wps' || word === 'workpackage' || word === 'workpackages')
    return 1;
  if (word !== 'work') return 0;
  const dashed = tokens[i + 1] === '-' ? 1 : 0;
  const next = tokens[i + 1 + dashed];
  return next === 'package' || next === 'packages' ? 2 + dashed : 0;
}

/** The work-package number at `i`, after an optional dash ("WP-5"), with the tokens it takes. */
function numberAt(tokens: readonly string[], i: number): [number, number] | undefined {
  const dashed = tokens[i] === '-' ? 1 : 0;
  const token = tokens[i + dashed] ?? '';
  return /^\d{1,2}$/.test(token) ? [Number(token), dashed + 1] : undefined;
}

/**
 * The numbers of the work packages a sentence names, in order, each once: "WP5", "WP 5", "WP-5",
 * "work package 5", and the lists after them, "WP4 and 5", "WP1, WP7", "WPs 3 to 5". Read token
 * by token, in one pass, as no pattern over free text should backtrack.
 */
export function workPackagesNamedIn(text: string): number[] {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const named: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = workPackageWord(tokens, i);
    const first = word === 0 ? undefined : numberAt(tokens, i + word);
    if (first === undefined) continue;
    let [last, width] = first;
    named.push(last);
    let at = i + word + width;
    for (;;) {
      const joiner = tokens[at] ?? '';
      if (!JOINERS.has(joiner)) break;
      const again = workPackageWord(tokens, at + 1);
      const next = numberAt(tokens, at + 1 + again);
      if (next === undefined) break;
      [, width] = next;
      // A range names the work packages in between.
      if (RANGES.has(joiner)) for (let k = last + 1; k < next[0]; k++) named.push(k);
      last = next[0];
      named.push(last);
      at += 1 + again + width;
    }
    i = at - 1;
  }
  return [...new Set(named)];
}

/** The number of an id such as "WP4" or "WP04". */
export function workPackageNumber(id: string): number {
  return Number(id.replace(/^WP/i, ''));
}

/**
 * Whether `text` writes "WP<n>" as one word, the usual way: found with a string search, so that
 * the 23,000 roles of the bench's largest dataset are not all read token by token at each load.
 */
function namesPlainly(text: string, n: number): boolean {
  const lower = text.toLowerCase();
  const needle = `wp${n}`;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + needle.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[0-9]/.test(after)) return true;
  }
  return false;
}

/** A role's `wp` must be named in its source sentence, so a reader can check it. */
export function roleWorkPackageProblems(data: PartialDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  data.partners.forEach((partner, i) => {
    partner?.roles.forEach((role, j) => {
      // A wp that does not exist is reported as such; whether the sentence names it is moot.
      if (role?.wp == null || !data.workPackageIds.includes(role.wp)) return;
      const number = workPackageNumber(role.wp);
      if (namesPlainly(role.source, number)) return;
      const named = workPackagesNamedIn(role.source);
      if (named.includes(number)) return;
      const which = named.length === 0 ? 'no work package' : named.map((n) => `WP${n}`).join(', ');
      problems.push({
        path: `partners[${i}].roles[${j}].wp`,
        message: `"${role.wp}" is not named in the source, which names ${which}`,
      });
    });
  });
  return problems;
}
