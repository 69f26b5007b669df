/**
 * `npm run build`, after tsc: bundles the CLI into dist/cli/, which bin/eucanbot.js loads.
 *
 * Node resolves, reads and links each ES module on its own: run from tsc's output, a cold
 * `eucanbot ask` spent a fifth of its CPU time loading about 150 small files (see README,
 * "Evaluation and performance"). One bundle is read and compiled in one go. The server's
 * modules go to a chunk of their own, loaded only by `start` and `serve`, and the server SDKs
 * stay in node_modules (they are CommonJS with optional requires a bundler cannot follow).
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';
import { compileModules } from './compiled-modules.js';

/** The packages only the servers load, left to Node's resolution at run time. */
const SERVER_PACKAGES = ['@slack/*', '@microsoft/*', 'express', 'pino', 'undici', 'jszip'];

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

const outdir = path.join(PACKAGE_ROOT, 'dist', 'cli');
// Chunks are named by their content's hash: an old build's would otherwise pile up.
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { eucanbot: path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: SERVER_PACKAGES,
  // The bundled CommonJS packages (dotenv, the stemmer) call require(), which an ES module lacks.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [compiledModulesPlugin()],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
// Which files went into which output: a test reads it to check what a cold `ask` loads.
writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
