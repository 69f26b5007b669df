import { existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

/** The installed binary, which loads the bundle `npm run build` writes to dist/cli/. */
export const BUILT_BIN = path.join(PACKAGE_ROOT, 'bin', 'eucanbot.js');

/** The bundle and the launcher that loads it through V8's code cache. */
export const BUILT = {
  bundle: path.join(PACKAGE_ROOT, 'dist', 'cli', 'eucanbot.cjs'),
  launcher: path.join(PACKAGE_ROOT, 'dist', 'cli', 'launch.js'),
  meta: path.join(PACKAGE_ROOT, 'dist', 'cli', 'meta.json'),
} as const;

/** Whether `npm run build` has written the bundle BUILT_BIN loads. */
export const isBuilt = existsSync(BUILT.bundle) && existsSync(BUILT.launcher);
