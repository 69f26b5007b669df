import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type RunningServer, type ServerOptions, startServer } from '../../src/app/start-server.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { realBot } from './real-bot.js';
import { SIGNING_SECRET } from './slack-requests.js';

/** The bot token the test servers use; a test checks it never reaches the logs. */
export const BOT_TOKEN = 'xoxb-test-0000-secret-bot-token';
/** The app-level token for Socket Mode tests. */
export const APP_TOKEN = 'xapp-1-test-secret-app-token';

/** The variables that point eucanbot's Slack side at the fake API, with the test secrets. */
export function slackEnv(
  fake: FakeSlackApi,
  more: Record<string, string> = {},
): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...more,
  };
}

/** Log lines written by a test server, parsed. */
export interface CapturedLogs {
  lines: Record<string, unknown>[];
  raw: () => string;
}

/** Retries as in production, but milliseconds apart, so fault tests stay fast. */
export const FAST_RETRY = { attempts: 3, baseDelayMs: 20, maxDelayMs: 50, budgetMs: 3000 };

/** Starts eucanbot's real server with Slack pointed at the fake API, on a free loopback port. */
export async function startSlackServer(
  fake: FakeSlackApi,
  env: Record<string, string> = {},
  level: 'debug' | 'info' = 'info',
  options: Partial<Omit<ServerOptions, 'config' | 'logger'>> = {},
): Promise<{ server: RunningServer; eventsUrl: string; logs: CapturedLogs; config: Config }> {
  let raw = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString('utf8');
      done();
    },
  });
  const config = {
    ...loadConfig({
      ...slackEnv(fake),
      // Tests ask many questions as one user; test/reliability/rate-limit.test.ts turns it on.
      RATE_LIMIT_PER_MINUTE: '0',
      // Teams runs next to Slack, anonymously: allowed because Slack's API is a loopback fake.
      TEAMS_DEV_ANONYMOUS: 'true',
      ...env,
    }),
    port: 0,
  };
  const server = await startServer({
    config,
    bot: realBot(),
    logger: createLogger(level, sink),
    graceMs: 2000,
    slackRetry: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 },
    slackSendRetry: FAST_RETRY,
    teamsConnectorRetry: { ...FAST_RETRY, timeoutMs: 1000 },
    ...options,
  });
  const logs: CapturedLogs = {
    get lines() {
      return raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    raw: () => raw,
  };
  return { server, eventsUrl: `${server.url}/slack/events`, logs, config };
}

/** The fake Slack API and eucanbot's server, shared by the tests of one file. */
export interface SlackTestContext {
  fake: FakeSlackApi;
  server: RunningServer;
  eventsUrl: string;
  logs: CapturedLogs;
}

/** Starts the fake API and the server before a file's tests, clears the calls before each. */
export function useSlackServer(env: Record<string, string> = {}): SlackTestContext {
  const context = {} as SlackTestContext;
  beforeAll(async () => {
    context.fake = await startFakeSlackApi();
    Object.assign(context, await startSlackServer(context.fake, env));
  });
  afterAll(async () => {
    await context.server?.stop();
    await context.fake?.close();
  });
  beforeEach(() => context.fake.reset());
  return context;
}
