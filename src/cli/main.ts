import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config.js';
import type { Bot } from '../core/create-bot.js';
import { EucanbotError } from '../core/errors.js';
import { PACKAGE_ROOT } from '../dataset/load-dataset.js';
import { type ChatOptions, datasetPath, loadBot, runAsk, runChat } from './commands.js';
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
  report: { ...COMMON, since: { type: 'string' }, format: { type: 'string' } },
  log: { help: COMMON.help, version: COMMON.version, before: { type: 'string' } },
  manifest: {
    ...COMMON,
    out: { type: 'string' },
    url: { type: 'string' },
    socket: { type: 'boolean' },
  },
  directory: { ...COMMON, out: { type: 'string' } },
} as const;

/** What each option that takes a value wants, for the message when it is missing. */
const VALUE_NAMES: Record<string, string> = {
  '--data': 'FILE (a dataset JSON file)',
  '--out': 'FILE',
  '--source': 'FILE (the source document)',
  '--url': 'URL (the public HTTPS address)',
};

/**
 * parseArgs' message for an option with no value ("Option '--data <value>' argument missing",
 * or "argument is ambiguous" when the next word is another option) made plain.
 */
function describeArgsError(error: Error): string {
  // Read in two linear steps: one pattern with "[a-z-]+" then "[^']*" backtracks quadratically.
  const option = /^Option '(--[a-z-]+)/.exec(error.message)?.[1];
  const noValue = / argument (?:missing|is ambiguous)/.test(error.message);
  if (option === undefined || !noValue) return error.message;
  return `${option} needs a value: ${option} ${VALUE_NAMES[option] ?? 'VALUE'}`;
}

/**
 * Options that may come before the command (`eucanbot --data x.json ask …`), moved after it so
 * the command parses them as its own. Only --data: the others belong to one command each.
 */
function hoistGlobalOptions(argv: readonly string[]): { args: string[]; missing?: string } {
  const hoisted: string[] = [];
  let at = 0;
  while (argv[at] === '--data' || argv[at]?.startsWith('--data=')) {
    const option = argv[at] ?? '';
    if (option.includes('=')) {
      hoisted.push(option);
      at += 1;
      continue;
    }
    const value = argv[at + 1];
    // "--data ask …" forgot the file: a command name is not taken for one.
    if (value === undefined || value.startsWith('-') || isCommand(value))
      return { args: [], missing: option };
    hoisted.push(option, value);
    at += 2;
  }
  const [command, ...rest] = argv.slice(at);
  return { args: command === undefined ? [] : [command, ...rest, ...hoisted] };
}

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
      options: (typeof OPTIONS)['validate'] &
        (typeof OPTIONS)['ask'] &
        (typeof OPTIONS)['draft'] &
        (typeof OPTIONS)['report'] &
        (typeof OPTIONS)['log'] &
        (typeof OPTIONS)['manifest'];
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
    return usageError(io, describeArgsError(error as Error), command);
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
    case 'report': {
      if (positionals.length > 0)
        return usageError(io, `unexpected argument "${positionals[0]}"`, command);
      const { runReport } = await import('./report.js');
      const options = { since: values.since, format: values.format };
      return runReport(loadBot(datasetPath(common, config)), config, options, io);
    }
    case 'log': {
      if (positionals.length !== 1 || positionals[0] !== 'erase')
        return usageError(io, 'log takes one subcommand: erase', command);
      const { runLogErase } = await import('./report.js');
      return runLogErase(config, { before: values.before }, io);
    }
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
      if (command === 'chat') return runTerminalChat(bot, config, io, chat);
      // The servers' SDKs (Bolt, the Agents SDK, express) take about 600 ms to load: only the
      // commands that may start a server load them, so `ask`, `chat` and `validate` start fast.
      const { chooseStart, runServe } = await import('./serve.js');
      const start = chooseStart(config, command);
      writeLine(io.stdout, start.line);
      return start.server
        ? runServe(bot, config, io, file)
        : runTerminalChat(bot, config, io, chat);
    }
    case 'manifest': {
      const [platform, ...extra] = positionals;
      const { MANIFEST_PLATFORMS, runManifest } = await import('./manifest.js');
      const known = MANIFEST_PLATFORMS.find((p) => p === platform);
      if (known === undefined || extra.length > 0)
        return usageError(
          io,
          `manifest takes one platform: ${MANIFEST_PLATFORMS.join(' or ')}`,
          'manifest',
        );
      if (values.url !== undefined && values.socket === true)
        return usageError(
          io,
          '--url is for HTTP mode and --socket for Socket Mode: pass one',
          'manifest',
        );
      const file = datasetPath(common, config);
      const options = { out: values.out, url: values.url, socket: values.socket === true };
      return runManifest(known, loadBot(file), config, options, io, path.basename(file));
    }
  }
}

/** The terminal chat, recording its questions only when QUESTION_LOG_TERMINAL=on. */
async function runTerminalChat(
  bot: Bot,
  config: Config,
  io: CliIo,
  options: ChatOptions,
): Promise<number> {
  const logConfig = config.questionLog?.terminal ? config.questionLog : undefined;
  if (logConfig === undefined) return runChat(bot, io, options);
  const { openQuestionLog } = await import('../services/question-log/open-log.js');
  const { createLogger } = await import('../logger.js');
  // Warnings only: the chat's own output is not interleaved with the log's info lines.
  const logger = createLogger(config.logLevel === 'debug' ? 'debug' : 'warn');
  const questionLog = await openQuestionLog(logConfig, logger);
  try {
    return await runChat(bot, io, { ...options, questionLog });
  } finally {
    await questionLog?.close();
  }
}

/**
 * Runs the CLI and returns its exit code: 0 ok, 1 bad dataset or config or a question that could
 * not be answered, 2 usage error.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const hoisted = hoistGlobalOptions(argv);
  if (hoisted.missing !== undefined)
    return usageError(
      io,
      describeArgsError(new Error(`Option '${hoisted.missing} <value>' argument missing`)),
      'main',
    );
  const [first, ...rest] = hoisted.args;
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
