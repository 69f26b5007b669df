#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/cli/ (by `npm run build`, which `npm install` runs
// through `prepare`), and launch.js compiles it from V8's code cache (see src/cli/launch.ts).
import { launch } from '../dist/cli/launch.js';

process.exitCode = await launch(process.argv.slice(2));
