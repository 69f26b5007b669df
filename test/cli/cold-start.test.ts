import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILT_BIN, isBuilt } from '../helpers/built-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-cold-'));
const report = path.join(tmp, 'cpu.txt');
/** Preloaded into both commands: at exit, the process's own CPU time since it started. */
const hook = path.join(tmp, 'report-cpu.cjs');
writeFileSync(
  hook,
  `process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeFileSync(${JSON.stringify(report)}, String((user + system) / 1000));
});
`,
);

/** CPU milliseconds of one run of `node <args>`, as the process itself counts them. */
async function cpuOf(args: string[]): Promise<number> {
  await promisify(execFile)(process.execPath, ['--require', hook, ...args], { cwd: tmp });
  return Number(readFileSync(report, 'utf8'));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** Pairs measured: each a cold `ask` and a bare `node -e 0`, in turn, so load drift hits both. */
const PAIRS = 7;
/**
 * The target is 3 (issue #11). Paired runs on a loaded 2-core machine gave about 2.5 for this
 * build and 6.1 for the unbundled one before it; the bound leaves room for the load and still
 * fails when a start grows by half again.
 */
const MAX_RATIO = 4;

describe.runIf(isBuilt)('a cold `eucanbot ask`', () => {
  it(`spends at most ${MAX_RATIO} times the CPU of a bare node -e 0`, async () => {
    const ratios: number[] = [];
    const asks: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const ask = await cpuOf([BUILT_BIN, 'ask', 'who handles GDPR?']);
      const node = await cpuOf(['-e', '0']);
      asks.push(ask);
      bare.push(node);
      ratios.push(ask / node);
    }
    const ratio = median(ratios);
    // biome-ignore lint/suspicious/noConsole: the figure goes into README.md and docs/RELIABILITY.md.
    console.info(
      `cold ask: ${median(asks).toFixed(0)} ms CPU, node -e 0: ${median(bare).toFixed(0)} ms, median ratio ${ratio.toFixed(2)} over ${PAIRS} pairs`,
    );
    expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
  });
});
