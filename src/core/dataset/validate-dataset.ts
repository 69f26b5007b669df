import type { z } from 'zod';
import { EucanbotError } from '../errors.js';
import { Dataset } from '../schema/dataset.js';
import { readSourceDocument } from '../text/document-sentences.js';
import { hasInvisible, showInvisible } from '../text/invisible.js';
import { cityProblems } from './check-cities.js';
import { contactProblems } from './check-contacts.js';
import { countryProblems } from './check-countries.js';
import { groupingProblems } from './check-groupings.js';
import { leadProblems } from './check-leads.js';
import { lexiconProblems } from './check-lexicon.js';
import { referenceProblems } from './check-references.js';
import { checkSources, type TypographyFix } from './check-sources.js';
import { todoProblems } from './check-todos.js';
import { type PartialDataset, salvageDataset, wholeDataset } from './partial-dataset.js';
import { type DatasetProblem, formatPath } from './problem.js';
import { roleWorkPackageProblems } from './work-package-names.js';

export { type DatasetProblem, formatPath } from './problem.js';

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

/** What a dataset is checked against besides itself. */
export interface CheckOptions {
  /** The text of the source document, to check every quoted sentence against. */
  document?: string;
}

/** The outcome of checking a dataset: the typed data when its shape is right, and every problem. */
export interface DatasetCheck {
  data: Dataset | undefined;
  problems: DatasetProblem[];
  cause: z.ZodError | undefined;
  /** Quotes that differ from the document only in typography, with the document's text. */
  fixes: TypographyFix[];
}

/** Every check beyond the shape, on the parts that parsed. */
function meaningProblems(data: PartialDataset, options: CheckOptions) {
  const document =
    options.document === undefined ? undefined : readSourceDocument(options.document);
  const sources =
    document === undefined ? { problems: [], fixes: [] } : checkSources(data, document);
  const problems = [
    ...referenceProblems(data),
    ...cityProblems(data),
    ...countryProblems(data),
    ...roleWorkPackageProblems(data),
    ...leadProblems(data, document),
    ...groupingProblems(data),
    ...contactProblems(data),
    ...lexiconProblems(data),
    ...sources.problems,
    ...todoProblems(data),
  ];
  return { problems, fixes: sources.fixes };
}

/**
 * Checks shape and meaning in one pass: where the shape is wrong in one place, the parts that
 * did parse are still checked, so every problem is reported in one run.
 */
export function checkDataset(input: unknown, options: CheckOptions = {}): DatasetCheck {
  // The input is kept on each issue so a message can show an invisible character in it.
  const parsed = Dataset.safeParse(input, { reportInput: true });
  const partial = parsed.success ? wholeDataset(parsed.data) : salvageDataset(input);
  const { problems, fixes } = meaningProblems(partial, options);
  if (!parsed.success)
    return {
      data: undefined,
      problems: [...shapeProblems(parsed.error), ...problems],
      cause: parsed.error,
      fixes,
    };
  return { data: parsed.data, problems, cause: undefined, fixes };
}

/** Checks shape and cross-references, returning every problem found (empty when valid). */
export function findDatasetProblems(input: unknown, options: CheckOptions = {}): DatasetProblem[] {
  return checkDataset(input, options).problems;
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
