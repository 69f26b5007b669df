/**
 * `npm run build`, after tsc: bundles the CLI into dist/cli/, which bin/eucanbot.js loads, and
 * saves V8's code cache of it. See README, "Evaluation and performance", for the figures.
 *
 * - Node resolves, reads and links each ES module on its own: run from tsc's output, a cold
 *   `eucanbot ask` spent a fifth of its CPU time loading about 150 small files. One bundle is
 *   read in one go.
 * - It is CommonJS, so that src/cli/launch.ts can compile it through V8's code cache
 *   (vm.Script takes one; ES modules cannot on Node 20). The server's modules are in it, but
 *   run only when `start` or `serve` imports them, and the server SDKs stay in node_modules:
 *   they are CommonJS with optional requires a bundler cannot follow, and `ask` never loads them.
 * - What is the same on every run is worked out here (scripts/compiled-modules.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { build, type Plugin } from 'esbuild';
import type { CliIo } from '../src/cli/io.js';
import { loadCli } from '../src/cli/launch.js';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';
import { asciiSource } from './ascii-source.js';
import { compileModules } from './compiled-modules.js';

/** The packages only the servers load, left to Node's resolution at run time. */
const SERVER_PACKAGES = [
  '@slack/*',
  '@microsoft/*',
  'express',
  'pino',
  'undici',
  'jszip',
  // The question log's drivers: a native addon, and pg's optional require of pg-native.
  'better-sqlite3',
  'pg',
  'ioredis',
  // A native addon: Node loads its binary at run time; a bundle cannot hold it.
  '@resvg/*',
];

/**
 * Questions the build asks before saving the code cache, so that it holds the functions an
 * `ask` calls: a topic, a work package, a country, a partner, a typo (the corrector) and --json.
 */
const TRAINING = [
  ['ask', 'who handles GDPR?'],
  ['ask', 'who leads WP4?'],
  ['ask', 'partners in Spain'],
  ['ask', 'what does BSC do'],
  ['ask', 'who handles anonymisaton'],
  ['ask', '--json', 'which hospitals are in WP2?'],
];

/** Loads the compiled modules in place of their source files. */
function compiledModulesPlugin(): Plugin {
  const contents = new Map(compileModules().map((m) => [m.file, m.contents]));
  return {
    name: 'compiled-modules',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const compiled = contents.get(args.path);
        return compiled === undefined ? undefined : { contents: compiled, loader: 'js' };
      });
    },
  };
}

/** Streams that swallow what the training questions print. */
function silentIo(): CliIo {
  const sink = () => new PassThrough().resume();
  return { stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {} };
}

const outdir = path.join(PACKAGE_ROOT, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
const bundle = path.join(outdir, 'eucanbot.cjs');
const result = await build({
  entryPoints: [path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts')],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: SERVER_PACKAGES,
  // ES modules are strict mode code; so stays the bundle. import.meta is the bundle's own file.
  banner: {
    js: "'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  define: { 'import.meta.url': '__importMetaUrl' },
  plugins: [compiledModulesPlugin()],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
// In ASCII, so that V8 reads it as a one-byte string (see ascii-source.ts). The source map's
// columns are off by five on the few lines that had another character, in comments and patterns.
writeFileSync(bundle, asciiSource(readFileSync(bundle, 'utf8')));
// Which files went into the bundle: a test reads it.
writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
// The launcher bin/eucanbot.js imports: node's modules only.
await build({
  entryPoints: [path.join(PACKAGE_ROOT, 'src', 'cli', 'launch.ts')],
  outfile: path.join(outdir, 'launch.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

const cli = loadCli(bundle);
for (const argv of TRAINING) {
  // A bundle that cannot answer fails the build, not the first person who runs it.
  const code = await cli.main(argv, silentIo());
  if (code !== 0) throw new Error(`the bundled CLI exited ${code} on: eucanbot ${argv.join(' ')}`);
}
cli.writeCodeCache();
