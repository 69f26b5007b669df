/**
 * What the CLI's bundle compiles in: modules of the core whose results are the same for every
 * run, replaced by those results, worked out once at build time (see scripts/bundle-cli.ts).
 * From source (tests, tsx) the modules work them out as they always do.
 */
import path from 'node:path';
import { createBot } from '../src/core/create-bot.js';
import { buildWorld } from '../src/core/lexicon/world.js';
import { canonicalFormsSoFar } from '../src/core/text/normalise.js';
import { DEFAULT_DATASET_PATH, loadDataset, PACKAGE_ROOT } from '../src/dataset/load-dataset.js';

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
 * The world (src/core/lexicon/world.ts) and the canonical forms building the shipped dataset's
 * index needs (src/core/text/canonical-seed.ts): the forms of the lexicons' words, the world's
 * and the dataset's. They are a memo, so a dataset given with --data still gets each form right,
 * only working out the ones it has that the shipped dataset lacks.
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
  ];
}
