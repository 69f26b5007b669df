// Runs the CLI from source, as bin/eucanbot.js runs it from dist/: `node --import tsx run-cli.ts serve`.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
