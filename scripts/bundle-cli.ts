/**
 * `npm run build`, after tsc: bundles the CLI into dist/cli/, which bin/eucanbot.js loads.
 *
 * Node resolves, reads and links each ES module on its own: run from tsc's output, a cold
 * `eucanbot ask` spent a fifth of its CPU time loading about 150 small files (see README,
 * "Evaluation and performance"). One bundle is read and compiled in one go. The server's
 * modules go to a chunk of their own, loaded only by `start` and `serve`, and the server SDKs
 * stay in node_modules (they are CommonJS with optional requires a bundler cannot follow).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';

/** The packages only the servers load, left to Node's resolution at run time. */
const SERVER_PACKAGES = ['@slack/*', '@microsoft/*', 'express', 'pino', 'undici', 'jszip'];

const outdir = path.join(PACKAGE_ROOT, 'dist', 'cli');
// Chunks are named by their content's hash: an old build's would otherwise pile up.
rmSync(outdir, { recursive: true, force: true });
await build({
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
  sourcemap: true,
  logLevel: 'warning',
});
