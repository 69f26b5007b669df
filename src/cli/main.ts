import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { EucanbotError } from '../core/errors.js';
import { PACKAGE_ROOT } from '../dataset/load-dataset.js';
import { datasetPath, loadBot, runAsk, runChat } from './commands.js';
import { runDraft } from './draft.js';
import { type CliIo, processIo, writeLine } from './io.js';
import { type CommandName, USAGE, usageLine } from './usage.js';
import { runValidate } from './validate.js';

const COMMON = {
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const OPTIONS = {
  ask: { ...COMMON, json: { type: 'boolean' }, conversation: { type: 'boolean' } },
  chat: COMMON,
  validate: { ...COMMON, source: { type: 'string' }, 'fix-typography': { type: 'boolean' } },
  draft: {
    help: COMMON.help,
    version: COMMON.version,
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  start: COMMON,
  serve: COMMON,
  directory: { ...COMMON, out: { type: 'string' } },
} as const;

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(OPTIONS, name);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function usageError(io: CliIo, message: string, command: keyof typeof USAGE): number {
  writeLine(io.stderr, `eucanbot: ${message}`);
  writeLine(io.stderr, usageLine(command));
  return 2;
}

async function run(command: CommandName, args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: (typeof OPTIONS)['validate'] & (typeof OPTIONS)['ask'] & (typeof OPTIONS)['draft'];
      allowPositionals: true;
      strict: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args,
      options: OPTIONS[command],
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    return usageError(io, (error as Error).message, command);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    writeLine(io.stdout, USAGE[command]);
    return 0;
  }
  if (values.version) {
    writeLine(io.stdout, version());
    return 0;
  }
  const config = loadConfig(io.env);
  const common = { data: values.data };
  switch (command) {
    case 'ask': {
      const conversation = values.conversation === true;
      if (conversation && positionals.length > 0)
        return usageError(io, '--conversation reads its questions from stdin', 'ask');
      return runAsk(
        loadBot(datasetPath(common, config)),
        positionals.length > 0 ? positionals.join(' ') : undefined,
        { json: values.json === true, conversation },
        io,
      );
    }
    case 'draft':
      if (positionals.length !== 1)
        return usageError(io, 'draft takes one DESCRIPTION file', 'draft');
      return runDraft(positionals[0] ?? '', { out: values.out, force: values.force === true }, io);
    case 'validate':
      if (positionals.length > 1)
        return usageError(io, 'validate takes at most one FILE', 'validate');
      return runValidate(
        positionals[0] ?? datasetPath(common, config),
        { source: values.source, fixTypography: values['fix-typography'] === true },
        io,
      );
    case 'directory': {
      if (positionals.length > 0)
        return usageError(io, `unexpected argument "${positionals[0]}"`, command);
      if (!values.out) return usageError(io, 'directory needs --out DIR', command);
      // The map's libraries load only for this command, so the others start as fast as before.
      const { runDirectory } = await import('./directory.js');
      return runDirectory(loadBot(datasetPath(common, config)).dataset, values.out, io);
    }
    case 'chat':
    case 'start':
    case 'serve': {
      if (positionals.length > 0)
        return usageError(io, `unexpected argument "${positionals[0]}"`, command);
      const file = datasetPath(common, config);
      const bot = loadBot(file);
      const chat = { conversationTtlMinutes: config.conversationTtlMinutes };
      if (command === 'chat') return runChat(bot, io, chat);
      // The servers' SDKs (Bolt, the Agents SDK, express) take about 600 ms to load: only the
      // commands that may start a server load them, so `ask`, `chat` and `validate` start fast.
      const { chooseStart, runServe } = await import('./serve.js');
      const start = chooseStart(config, command);
      writeLine(io.stdout, start.line);
      return start.server ? runServe(bot, config, io, file) : runChat(bot, io, chat);
    }
  }
}

/**
 * Runs the CLI and returns its exit code: 0 ok, 1 bad dataset or config or a question that could
 * not be answered, 2 usage error.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    writeLine(first === undefined ? io.stderr : io.stdout, USAGE.main);
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    writeLine(io.stdout, version());
    return 0;
  }
  if (!isCommand(first)) return usageError(io, `unknown command "${first}"`, 'main');
  try {
    return await run(first, rest, io);
  } catch (error) {
    if (error instanceof EucanbotError) {
      writeLine(io.stderr, `eucanbot: ${error.message}`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    throw error;
  }
}
