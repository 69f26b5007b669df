import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { main } from './main.js';

/**
 * Loading the CLI bundle (`npm run build` writes it) through V8's code cache. Node 20 compiles
 * every module from source on every start (Node 22's module.enableCompileCache is not there),
 * and compiling the bundle and each function a cold `ask` calls was about a fifth of its CPU
 * time. The build runs the CLI once and saves the bytecode V8 made; here the bundle is compiled
 * from it, as v8-compile-cache does for CommonJS. V8 refuses a cache of another V8 version or
 * other flags, and the bundle then compiles from source as it would without one.
 */

/** The code cache beside a bundle. */
export function codeCachePath(bundle: string): string {
  return `${bundle}.cache`;
}

/** The cache starts with the bundle's SHA-256: V8 checks only the source's length. */
const DIGEST_BYTES = 32;

/** The CLI bundle as loaded. */
export interface LoadedCli {
  main: typeof main;
  /** Whether V8 took the code cache rather than compiling the bundle from source. */
  fromCache: boolean;
  /** Saves the code cache: the bundle's top level and every function called so far. */
  writeCodeCache(): void;
}

/** The cache's bytecode when it was made from exactly these bundle bytes. */
function readCodeCache(bundle: string, digest: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(codeCachePath(bundle));
  } catch {
    // No cache (a build without one, a read-only copy): compiling from source works the same.
    return undefined;
  }
  return data.subarray(0, DIGEST_BYTES).equals(digest) ? data.subarray(DIGEST_BYTES) : undefined;
}

/** Runs a CommonJS bundle, compiled from its code cache where that fits, and returns its CLI. */
export function loadCli(bundle: string): LoadedCli {
  const bytes = readFileSync(bundle);
  const digest = createHash('sha256').update(bytes).digest();
  const cachedData = readCodeCache(bundle, digest);
  // The build writes the bundle in ASCII (scripts/ascii-source.ts): read as Latin-1, it is a
  // one-byte string with no UTF-8 to decode. Any other bundle is read as UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  // Node's own CommonJS wrapper: the bundle sees the variables a required module sees.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} as { main: typeof main } };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return {
    main: module.exports.main,
    fromCache: cachedData !== undefined && !script.cachedDataRejected,
    writeCodeCache() {
      const file = codeCachePath(bundle);
      // Written aside and renamed, so no reader ever sees half a cache.
      writeFileSync(`${file}.tmp`, Buffer.concat([digest, script.createCachedData()]));
      renameSync(`${file}.tmp`, file);
    },
  };
}

/** What bin/eucanbot.js runs: the CLI bundle beside this file. */
export function launch(argv: string[]): Promise<number> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return loadCli(path.join(here, 'eucanbot.cjs')).main(argv);
}
