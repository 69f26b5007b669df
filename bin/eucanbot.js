#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/cli/ (by `npm run build`, which `npm install` runs
// through `prepare`), so that a cold start reads one file rather than a hundred and fifty.
import { main } from '../dist/cli/eucanbot.js';

process.exitCode = await main(process.argv.slice(2));
