import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCachePath } from '../../src/cli/launch.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { BUILT, isBuilt } from '../helpers/built-cli.js';

// Inside the package, as the bundle finds data/ by the package.json above it.
const tmp = isBuilt ? mkdtempSync(path.join(PACKAGE_ROOT, 'dist', 'launch-test-')) : '';
afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

/**
 * Loads a bundle with the built launcher in a plain `node` (not this test's process, so that
 * its flags and loaders play no part) and answers one question; returns what it printed.
 */
async function launchBundle(bundle: string): Promise<{ fromCache: boolean; out: string }> {
  const script = `
    import { loadCli } from ${JSON.stringify(pathToFileURL(BUILT.launcher).href)};
    const cli = loadCli(${JSON.stringify(bundle)});
    const code = await cli.main(['ask', 'who leads WP4?']);
    console.log(JSON.stringify({ fromCache: cli.fromCache, code }));
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script],
    { cwd: os.tmpdir(), env: { PATH: process.env.PATH ?? '' } },
  );
  const lines = stdout.trim().split('\n');
  const last = JSON.parse(lines.at(-1) ?? '{}') as { fromCache: boolean; code: number };
  expect(last.code).toBe(0);
  return { fromCache: last.fromCache, out: lines.slice(0, -1).join('\n') };
}

/** A copy of the built bundle with `cache` as its code cache. */
function bundleWithCache(name: string, cache: Buffer): string {
  const bundle = path.join(tmp, `${name}.cjs`);
  copyFileSync(BUILT.bundle, bundle);
  writeFileSync(codeCachePath(bundle), cache);
  return bundle;
}

describe.runIf(isBuilt)('the launcher', () => {
  it('compiles the built bundle from the code cache the build saved', async () => {
    const { fromCache, out } = await launchBundle(BUILT.bundle);
    expect(fromCache).toBe(true);
    expect(out).toContain('WP4 is led by UAMS/TCIA');
  });

  it('compiles from source, with the same answer, when the cache does not fit', async () => {
    const shipped = readFileSync(codeCachePath(BUILT.bundle));
    const { out: expected } = await launchBundle(BUILT.bundle);
    const digest = shipped.subarray(0, 32);
    const cases = {
      // Saved for other bytes: V8 would take it, as it checks only the source's length.
      'another bundle': Buffer.concat([Buffer.alloc(32, 7), shipped.subarray(32)]),
      // This bundle's digest, but V8's header is wrong or its data cut short: V8 refuses it.
      'not V8 data': Buffer.concat([digest, Buffer.alloc(4096, 1)]),
      truncated: shipped.subarray(0, Math.floor(shipped.length / 2)),
      empty: Buffer.alloc(0),
    };
    for (const [name, cache] of Object.entries(cases)) {
      const run = await launchBundle(bundleWithCache(name.replace(/ /g, '-'), cache));
      expect({ name, ...run }).toEqual({ name, fromCache: false, out: expected });
    }
  });
});
