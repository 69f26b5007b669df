import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { BUILT_BIN } from './built-cli.js';

/** An empty working directory, so no developer's .env (with real tokens) is read. */
const cwd = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-serve-'));
const entry = path.join(PACKAGE_ROOT, 'test', 'helpers', 'run-cli.ts');

/**
 * Spawns `eucanbot <args>` with only the given environment: from source, or with `built` the
 * installed binary.
 */
export function spawnCli(args: string[], env: Record<string, string>, built = false) {
  const start = built ? [BUILT_BIN] : ['--import', import.meta.resolve('tsx'), entry];
  const child = spawn(process.execPath, [...start, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  const output = { out: '', err: '' };
  child.stdout.on('data', (c: Buffer) => (output.out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output.err += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output, exited };
}
