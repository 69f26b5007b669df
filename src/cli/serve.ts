import { startServer } from '../app/start-server.js';
import type { Config } from '../config.js';
import type { Bot } from '../core/create-bot.js';
import { createLogger } from '../logger.js';
import { openQuestionLog } from '../services/question-log/open-log.js';
import { onStopSignal } from '../services/shutdown.js';
import { type CliIo, writeLine } from './io.js';

/** After a clean stop, whatever still holds the event loop gets this long before exit. */
const FORCE_EXIT_MS = 2000;

function platforms(config: Config): string[] {
  const configured: string[] = [];
  if (config.slack)
    configured.push(
      `Slack is configured (${config.slack.mode === 'socket' ? 'Socket Mode' : 'HTTP mode'})`,
    );
  if (config.teams.appId) configured.push('Teams is configured (TEAMS_APP_ID)');
  // Asked for by name, so it counts: the first line then says the endpoint is anonymous.
  if (config.teams.devAnonymous)
    configured.push('Teams runs anonymously for local development (TEAMS_DEV_ANONYMOUS=true)');
  return configured;
}

/**
 * What `start` (and `serve`) runs, with the first line saying which and why: the server when a
 * chat platform is configured, otherwise the terminal chat, as hubot falls back to its shell.
 */
export function chooseStart(
  config: Config,
  command: 'start' | 'serve',
): { server: boolean; line: string } {
  const configured = platforms(config);
  if (configured.length > 0)
    return { server: true, line: `Starting the server: ${configured.join('; ')}.` };
  if (command === 'serve')
    return {
      server: true,
      line: 'Starting the server: no chat platform is configured yet, so only /healthz answers.',
    };
  return {
    server: false,
    line: 'Starting the terminal chat: no chat platform is configured (set SLACK_BOT_TOKEN or TEAMS_APP_ID, see .env.example, or run "eucanbot serve").',
  };
}

/**
 * `eucanbot serve`: runs the server until SIGTERM or SIGINT and resolves with the exit code.
 * `datasetFile` is watched: an edit reloads it, a broken edit is refused and logged.
 */
export async function runServe(
  bot: Bot,
  config: Config,
  io: CliIo,
  datasetFile?: string,
): Promise<number> {
  const logger = createLogger(config.logLevel);
  const questionLog = await openQuestionLog(config.questionLog, logger);
  const running = await startServer({
    config,
    bot,
    logger,
    questionLog,
    ...(datasetFile ? { datasetFile } : {}),
  }).catch(async (error: unknown) => {
    await questionLog?.close();
    throw error;
  });
  const adapters = Object.entries(running.adapters).map(([name, state]) => `${name} ${state}`);
  writeLine(
    io.stdout,
    `Listening on ${running.url} (${adapters.join(', ')}); health at ${running.url}/healthz. Ctrl-C stops.`,
  );
  return new Promise((resolve) => {
    const dispose = onStopSignal(
      () => running.stop(),
      (code) => {
        dispose();
        resolve(code);
        setTimeout(() => process.exit(code), code === 0 ? FORCE_EXIT_MS : 0).unref();
      },
    );
  });
}
