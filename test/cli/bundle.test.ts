import { isAscii } from 'node:buffer';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { type CompiledModule, compileModules } from '../../scripts/compiled-modules.js';
import { buildWorld } from '../../src/core/lexicon/world.js';
import { DEFAULT_DATASET_PATH, fileDigest } from '../../src/dataset/load-dataset.js';
import { FIELD_VOCABULARY_PATH } from '../../src/dataset/load-knowledge.js';
import { loadGoldenSet } from '../golden/golden-set.js';
import { BUILT, BUILT_BIN, isBuilt } from '../helpers/built-cli.js';
import { realBot } from '../helpers/real-bot.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-bundle-'));

let compiledModules: CompiledModule[] | undefined;

/** Imports a compiled module's JavaScript as the bundle would run it. */
async function importCompiled(file: string): Promise<Record<string, unknown>> {
  compiledModules ??= compileModules();
  const compiled = compiledModules.find((m) => m.file.endsWith(file));
  if (compiled === undefined) throw new Error(`no compiled module for ${file}`);
  const at = path.join(tmp, `${path.basename(file, '.ts')}.mjs`);
  writeFileSync(at, compiled.contents);
  return import(pathToFileURL(at).href);
}

describe('the modules the bundle compiles in', () => {
  it('give the world the source builds', async () => {
    const { readWorld } = await importCompiled(path.join('lexicon', 'world.ts'));
    expect((readWorld as () => unknown)()).toEqual(buildWorld());
  });

  it('give each word the canonical form the source works out', async () => {
    const { CANONICAL_SEED } = await importCompiled(path.join('text', 'canonical-seed.ts'));
    const seed = CANONICAL_SEED as [string, string][];
    // The shipped dataset's words, the world's and the lexicons': thousands, not a handful.
    expect(seed.length).toBeGreaterThan(1000);
    // A fresh copy of normalise.ts, whose memo has not seen these words: each is worked out anew.
    vi.resetModules();
    const fresh = await import('../../src/core/text/normalise.js');
    expect(seed.filter(([word, canon]) => fresh.canonicalWord(word) !== canon)).toEqual([]);
  });
  it('list the shipped dataset and vocabulary as validated, by their digests', async () => {
    const { VALIDATED_FILES } = await importCompiled(path.join('dataset', 'validated-files.ts'));
    expect(VALIDATED_FILES).toEqual({
      dataset: [fileDigest(readFileSync(DEFAULT_DATASET_PATH))],
      vocabulary: [fileDigest(readFileSync(FIELD_VOCABULARY_PATH))],
    });
  });
});

describe.runIf(isBuilt)('the built CLI', () => {
  it('validates a dataset whose bytes are not the shipped ones', async () => {
    const shipped = readFileSync(DEFAULT_DATASET_PATH, 'utf8');
    const broken = shipped.replace('"wp": "WP4"', '"wp": "WP9"');
    expect(broken).not.toBe(shipped);
    const file = path.join(tmp, 'one-change.json');
    writeFileSync(file, broken);
    const run = promisify(execFile)(process.execPath, [BUILT_BIN, 'ask', '--data', file, 'hi'], {
      cwd: os.tmpdir(),
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('WP9') });
  });

  it('answers the golden questions as the source does', async () => {
    const questions = loadGoldenSet()
      .map((c) => c.q)
      .filter((q) => q.trim() !== '' && !/[\r\n]/.test(q));
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [BUILT_BIN, 'ask', '--json'],
        { cwd: os.tmpdir(), maxBuffer: 64 * 1024 * 1024 },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
      child.stdin?.end(`${questions.join('\n')}\n`);
    });
    const built = stdout.trim().split('\n');
    expect(built, 'run `npm run build`: dist/cli is older than the source').toHaveLength(
      questions.length,
    );
    const differ = questions.filter(
      (q, i) => built[i] !== JSON.stringify(realBot().answer(q, null)),
    );
    expect(differ, 'run `npm run build` if dist/cli is older than the source').toEqual([]);
  });

  it('is written in ASCII, which the launcher reads as one-byte text', () => {
    expect(isAscii(readFileSync(BUILT.bundle))).toBe(true);
  });

  it('holds no world-countries, and `ask` requires no package at all', async () => {
    const meta = JSON.parse(readFileSync(BUILT.meta, 'utf8')) as Metafile;
    const inputs = Object.keys(meta.inputs);
    expect(inputs.filter((input) => input.includes('node_modules/world-countries/'))).toEqual([]);
    // Every require() the run makes, recorded by a preloaded hook on Node's module loader.
    const record = path.join(tmp, 'required.json');
    const hook = path.join(tmp, 'record-requires.cjs');
    writeFileSync(
      hook,
      `const Module = require('node:module');
const fs = require('node:fs');
const seen = [];
const load = Module._load;
Module._load = function (request, ...rest) { seen.push(request); return load.call(this, request, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify(seen)));
`,
    );
    await promisify(execFile)(
      process.execPath,
      ['--require', hook, BUILT_BIN, 'ask', 'who leads WP4?'],
      {
        cwd: os.tmpdir(),
      },
    );
    const required = JSON.parse(readFileSync(record, 'utf8')) as string[];
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((request) => !isBuiltin(request))).toEqual([]);
  });
});
