import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkDataset, type DatasetProblem } from '../core/dataset/validate-dataset.js';
import { checkVocabulary } from '../core/dataset/validate-vocabulary.js';
import { EucanbotError } from '../core/errors.js';
import type { Dataset } from '../core/schema/dataset.js';
import { parseJsonBytes, readDatasetBytes, readJsonFile } from '../dataset/load-dataset.js';
import { consortiumVocabularyPath } from '../dataset/load-knowledge.js';
import { replaceJsonStrings } from '../dataset/replace-json-strings.js';
import { type CliIo, writeLine } from './io.js';

/** How `eucanbot validate` runs. */
export interface ValidateOptions {
  /** --source: the document to check quotes against; else consortium.sourceDocument. */
  source: string | undefined;
  /** --fix-typography: rewrite quotes that differ only in typography to the document's text. */
  fixTypography: boolean;
}

function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new EucanbotError('DATASET_UNREADABLE', `Cannot read source document ${file}`, { cause });
  }
}

function summary(dataset: Dataset): string {
  const roles = dataset.partners.reduce((n, p) => n + p.roles.length, 0);
  return `${dataset.partners.length} partners, ${dataset.workPackages.length} work packages, ${roles} roles, ${dataset.synonyms.length} synonym groups`;
}

function field(input: unknown, ...keys: string[]): unknown {
  let value = input;
  for (const key of keys) value = (value as Record<string, unknown> | null)?.[key];
  return value;
}

/** Where the source document is: --source, else consortium.sourceDocument beside the dataset. */
interface DocumentPlace {
  file: string | undefined;
  problems: DatasetProblem[];
  /** Why quotes are not checked, when they are not. */
  unchecked: string | undefined;
}

function findDocument(file: string, input: unknown, source: string | undefined): DocumentPlace {
  if (source !== undefined) return { file: source, problems: [], unchecked: undefined };
  const named = field(input, 'consortium', 'sourceDocument');
  if (typeof named !== 'string' || named.trim() === '')
    return {
      file: undefined,
      problems: [],
      unchecked: 'no --source, and consortium.sourceDocument is null',
    };
  const beside = path.resolve(path.dirname(file), named);
  if (existsSync(beside)) return { file: beside, problems: [], unchecked: undefined };
  const message = `"${named}" is not found beside the dataset (looked for ${beside}); put the document there or pass --source FILE`;
  return {
    file: undefined,
    problems: [{ path: 'consortium.sourceDocument', message }],
    unchecked: undefined,
  };
}

/**
 * A relative `$schema` must lead to a file, or an editor checks nothing; a URL (the published
 * schema) is taken as written, as there may be no network.
 */
function schemaProblems(file: string, input: unknown): DatasetProblem[] {
  const schema = field(input, '$schema');
  if (typeof schema !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(schema)) return [];
  const target = path.resolve(path.dirname(file), schema);
  if (existsSync(target)) return [];
  const message = `"${schema}" is not found (looked for ${target}); give the schema's path relative to the dataset file, or its URL (see the README)`;
  return [{ path: '$schema', message }];
}

/** Rewrites the quotes that differ only in typography, and says what changed. */
function fixTypography(
  file: string,
  bytes: Buffer,
  fixes: ReturnType<typeof checkDataset>['fixes'],
  io: CliIo,
): Buffer {
  const edits = fixes.map((fix) => ({ keys: fix.keys, value: fix.to }));
  const text = replaceJsonStrings(bytes.toString('utf8'), edits);
  writeFileSync(file, text);
  const count = `${fixes.length} quote${fixes.length === 1 ? '' : 's'}`;
  writeLine(io.stdout, `Fixed ${count} to the document's characters:`);
  for (const fix of fixes) writeLine(io.stdout, `  ${fix.path}: ${fix.said}`);
  return Buffer.from(text);
}

function reportProblems(file: string, problems: readonly DatasetProblem[], io: CliIo): void {
  writeLine(io.stderr, `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) writeLine(io.stderr, `  ${p.path}: ${p.message}`);
}

/**
 * `eucanbot validate`: every problem with its JSON path, in one run; exit 1 when there is any.
 * Quotes are checked against --source, or else the document the dataset names beside itself,
 * and the vocabulary the dataset names, if any, is checked as well.
 */
export function runValidate(file: string, options: ValidateOptions, io: CliIo): number {
  let bytes = readDatasetBytes(file);
  let input = parseJsonBytes(bytes, file);
  const place = findDocument(file, input, options.source);
  if (options.fixTypography && place.file === undefined && place.problems.length === 0) {
    writeLine(
      io.stderr,
      `eucanbot: --fix-typography needs the source document: pass --source FILE`,
    );
    return 2;
  }
  const document = place.file === undefined ? {} : { document: readTextFile(place.file) };
  let check = checkDataset(input, document);
  if (options.fixTypography && check.fixes.length > 0) {
    bytes = fixTypography(file, bytes, check.fixes, io);
    input = parseJsonBytes(bytes, file);
    check = checkDataset(input, document);
  }
  const problems = [...schemaProblems(file, input), ...place.problems, ...check.problems];
  if (problems.length > 0) reportProblems(file, problems, io);
  // The consortium's own vocabulary is part of what a start reads: checked the same way.
  const vocabulary = check.data === undefined ? null : consortiumVocabularyPath(file, check.data);
  const wrong =
    vocabulary === null ? [] : checkVocabulary(readJsonFile(vocabulary, 'vocabulary')).problems;
  if (vocabulary !== null && wrong.length > 0) reportProblems(vocabulary, wrong, io);
  if (check.data === undefined || problems.length > 0 || wrong.length > 0) return 1;
  const quotes =
    place.file === undefined
      ? `; quoted sentences not checked: ${place.unchecked}`
      : `; every quoted sentence is in ${place.file}`;
  writeLine(io.stdout, `${file} is valid: ${summary(check.data)}${quotes}.`);
  return 0;
}
