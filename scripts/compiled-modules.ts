/**
 * What the CLI's bundle compiles in: modules of the core whose results are the same for every
 * run, replaced by those results, worked out once at build time (see scripts/bundle-cli.ts).
 * From source (tests, tsx) the modules work them out as they always do.
 */
import path from 'node:path';
import { createBot } from '../src/core/create-bot.js';
import { parseDataset } from '../src/core/dataset/validate-dataset.js';
import { parseVocabulary } from '../src/core/dataset/validate-vocabulary.js';
import { buildWorld } from '../src/core/lexicon/world.js';
import { canonicalFormsSoFar } from '../src/core/text/normalise.js';
import {
  DEFAULT_DATASET_PATH,
  fileDigest,
  loadDataset,
  PACKAGE_ROOT,
  parseJsonBytes,
  readDatasetBytes,
} from '../src/dataset/load-dataset.js';
import { FIELD_VOCABULARY_PATH } from '../src/dataset/load-knowledge.js';

/** A JavaScript expression for a JSON value: V8 reads JSON.parse of a string faster than a literal. */
function jsonExpression(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/** A compiled module: the source file it replaces and the JavaScript that replaces it. */
export interface CompiledModule {
  file: string;
  contents: string;
}

/**
 * The digest of a file's bytes if they are valid and validating them changes nothing (no
 * trimmed string, no default filled in, not even the order of keys), else none: only then may
 * the CLI take the bytes as they are.
 */
function digestIfValid(file: string, validate: (input: unknown) => unknown): string[] {
  const bytes = readDatasetBytes(file);
  const input = parseJsonBytes(bytes, file);
  try {
    return JSON.stringify(validate(input)) === JSON.stringify(input) ? [fileDigest(bytes)] : [];
  } catch {
    return [];
  }
}

/**
 * The world (src/core/lexicon/world.ts); the canonical forms building the shipped dataset's
 * index needs (src/core/text/canonical-seed.ts): the forms of the lexicons' words, the world's
 * and the dataset's, a memo, so a dataset given with --data still gets each form right, only
 * working out the ones it has that the shipped dataset lacks; and the digests of the shipped
 * dataset and vocabulary, validated here (src/dataset/validated-files.ts).
 */
export function compileModules(): CompiledModule[] {
  const world = buildWorld();
  createBot(loadDataset(DEFAULT_DATASET_PATH));
  const forms = canonicalFormsSoFar();
  return [
    {
      file: path.join(PACKAGE_ROOT, 'src', 'core', 'lexicon', 'world.ts'),
      contents: `const world = ${jsonExpression(world)};\nexport function readWorld() {\n  return world;\n}\n`,
    },
    {
      file: path.join(PACKAGE_ROOT, 'src', 'core', 'text', 'canonical-seed.ts'),
      contents: `export const CANONICAL_SEED = ${jsonExpression(forms)};\n`,
    },
    {
      file: path.join(PACKAGE_ROOT, 'src', 'dataset', 'validated-files.ts'),
      contents: `export const VALIDATED_FILES = ${JSON.stringify({
        dataset: digestIfValid(DEFAULT_DATASET_PATH, (input) => parseDataset(input)),
        vocabulary: digestIfValid(FIELD_VOCABULARY_PATH, (input) => parseVocabulary(input)),
      })};\n`,
    },
  ];
}
