import { existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

/** The installed binary, which loads the bundle `npm run build` writes to dist/cli/. */
export const BUILT_BIN = path.join(PACKAGE_ROOT, 'bin', 'eucanbot.js');

/** Whether `npm run build` has written the bundle BUILT_BIN loads. */
export const isBuilt = existsSync(path.join(PACKAGE_ROOT, 'dist', 'cli', 'eucanbot.js'));
