import type { AddressInfo } from 'node:net';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/index.js';
import { decideTeamsMode } from '../../adapters/teams/config.js';
import type { ConnectorRetryPolicy } from '../../adapters/teams/connector-retry.js';
import { mountTeams, teamsConfigFrom } from '../../adapters/teams/index.js';
import { createDirectoryRoutes } from '../../adapters/web/index.js';
import type { Config } from '../config.js';
import type { Bot } from '../core/create-bot.js';
import { EucanbotError } from '../core/errors.js';
import type { Logger } from '../logger.js';
import {
  type AdapterStates,
  createHttpServer,
  type HttpServer,
  type RouteMounter,
} from '../services/create-server.js';
import { createInFlight } from '../services/in-flight.js';
import { isLoopbackAddress } from '../services/loopback.js';
import type { QuestionLog } from '../services/question-log/question-log.js';
import { watchDataset } from '../services/reloadable-bot.js';
import type { RetryPolicy } from '../services/retry.js';
import { shutdown } from '../services/shutdown.js';
import { createStores } from '../services/stores.js';

/** What `eucanbot serve` runs with; tests pass shorter retries and grace. */
export interface ServerOptions {
  config: Config;
  bot: Bot;
  logger: Logger;
  /** Longest wait for replies in flight on shutdown (default 10 s). */
  graceMs?: number;
  /** Extra adapters' routes, e.g. Teams' POST /api/messages, with their /healthz state. */
  extraAdapters?: { name: string; state: string; mount: RouteMounter }[];
  slackRetry?: Parameters<typeof createSlackAdapter>[0]['retryConfig'];
  /** Our retries of a failed Slack reply, and each Slack call's timeout; tests shorten them. */
  slackSendRetry?: RetryPolicy;
  slackTimeoutMs?: number;
  /** How many Slack replies may wait; tests lower it. */
  slackReplyQueue?: Parameters<typeof createSlackAdapter>[0]['replyQueue'];
  /** Bounds on reading Slack request bodies; tests shorten them. */
  slackRequestGuard?: Parameters<typeof createSlackAdapter>[0]['requestGuard'];
  /** Retries and timeout of Teams connector calls; tests shorten them. */
  teamsConnectorRetry?: ConnectorRetryPolicy;
  /** The dataset file `bot` was built from: watched, and reloaded when it changes. */
  datasetFile?: string;
  /** Quiet time after a dataset edit before the reload (default 200 ms). */
  reloadDebounceMs?: number;
  /**
   * Where questions and feedback are recorded (see README, "Privacy"); undefined records nothing.
   * The server flushes and closes it once the replies in flight are done.
   */
  questionLog?: QuestionLog | undefined;
}

/** A server that is listening and ready. */
export interface RunningServer {
  readonly http: HttpServer;
  readonly address: AddressInfo;
  /** Base URL, e.g. http://127.0.0.1:3978. */
  readonly url: string;
  readonly adapters: AdapterStates;
  readonly slack: SlackAdapter | undefined;
  /** Graceful stop: stop accepting, finish replies in flight, close. */
  stop(): Promise<{ drained: boolean }>;
}

/** A start stopped by TEAMS_DEV_ANONYMOUS, worded as loadConfig words a bad variable. */
function anonymousRefused(reason: string): EucanbotError {
  const detail = `TEAMS_DEV_ANONYMOUS: ${reason}`;
  return new EucanbotError('CONFIG_INVALID', `Invalid configuration:\n  - ${detail}`, {
    details: [detail],
  });
}

/** Starts the HTTP server with every configured adapter and reports ready on /healthz. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config, logger } = options;
  // First, as it resolves HOST: asked-for anonymous mode that cannot run stops the start.
  const teamsConfig = teamsConfigFrom(config);
  const teamsDecision = await decideTeamsMode(teamsConfig);
  if (config.teams.devAnonymous && teamsDecision.mode !== 'anonymous-dev')
    throw anonymousRefused(teamsDecision.reason);
  const inFlight = createInFlight();
  const reloadable = options.datasetFile
    ? watchDataset(options.bot, options.datasetFile, logger, {
        ...(options.reloadDebounceMs === undefined ? {} : { debounceMs: options.reloadDebounceMs }),
      })
    : undefined;
  const bot = reloadable?.bot ?? options.bot;
  // What requests share, in memory or in Redis (REDIS_URL) for several replicas: one rate limit
  // and one conversation store for every adapter, and each adapter's de-duplication.
  const stores = await createStores(config, logger).catch((error: unknown) => {
    reloadable?.close();
    throw error;
  });
  const { rateLimit, conversations } = stores;
  const slack = config.slack
    ? await createSlackAdapter({
        config: config.slack,
        command: config.identity.slackCommand,
        bot,
        logger,
        inFlight,
        rateLimit,
        conversations,
        questionLog: options.questionLog,
        seen: stores.seen('slack'),
        publicUrl: config.publicUrl,
        ...(options.slackRetry ? { retryConfig: options.slackRetry } : {}),
        ...(options.slackSendRetry ? { sendRetry: options.slackSendRetry } : {}),
        ...(options.slackTimeoutMs ? { timeoutMs: options.slackTimeoutMs } : {}),
        ...(options.slackRequestGuard ? { requestGuard: options.slackRequestGuard } : {}),
        ...(options.slackReplyQueue ? { replyQueue: options.slackReplyQueue } : {}),
      }).catch(async (error: unknown) => {
        reloadable?.close();
        await stores.close();
        throw error;
      })
    : undefined;
  const extra = options.extraAdapters ?? [];
  const adapters: AdapterStates = {
    slack: slack?.mode ?? 'off',
    teams: teamsDecision.mode,
    ...Object.fromEntries(extra.map((a) => [a.name, a.state])),
  };
  const mountTeamsRoute: RouteMounter = (app) => {
    const track = (work: Promise<unknown>): void => {
      void inFlight.track(work);
    };
    // The SDK may still refuse its settings, so /healthz reports the mode it really took.
    adapters.teams = mountTeams(app, {
      bot,
      config: teamsConfig,
      decision: teamsDecision,
      logger,
      track,
      rateLimit,
      conversations,
      questionLog: options.questionLog,
      seen: stores.seen('teams'),
      ...(options.teamsConnectorRetry ? { connectorRetry: options.teamsConnectorRetry } : {}),
    }).mode;
  };
  const http = createHttpServer({
    adapters,
    // Slack first: its router reads the raw body to check signatures, so no body parser an
    // adapter mounts later can run before it.
    mounters: [
      ...(slack ? [slack.mount] : []),
      ...extra.map((a) => a.mount),
      ...(extra.some((a) => a.name === 'teams') ? [] : [mountTeamsRoute]),
      // The directory's pages and GET /api/answer, under the chat's per-person limit.
      createDirectoryRoutes({ bot, logger, rateLimit }),
    ],
    logger,
    ...(slack || options.questionLog
      ? {
          dropped: () => ({
            ...(slack ? { slack: slack.dropped } : {}),
            // Log entries lost: the queue was full, or the database failed every attempt.
            ...(options.questionLog ? { questionLog: options.questionLog.stats().dropped } : {}),
          }),
        }
      : {}),
    stores: () => stores.health(),
  });
  let address: AddressInfo;
  try {
    address = await http.listen(config.host, config.port);
    // HOST was resolved before listen, which resolves it again: the address bound is the proof.
    if (adapters.teams === 'anonymous-dev' && !isLoopbackAddress(address.address))
      throw anonymousRefused(`the server listens on ${address.address}, which is not loopback`);
    await slack?.start();
  } catch (error) {
    http.server.close();
    reloadable?.close();
    await stores.close();
    throw error;
  }
  http.setState('ready');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info({ url, adapters }, 'server ready');
  let stopping: Promise<{ drained: boolean }> | undefined;
  return {
    http,
    address,
    url,
    adapters,
    slack,
    stop() {
      stopping ??= shutdown({
        server: http.server,
        inFlight,
        stopReceiving: slack ? [() => slack.stop()] : [],
        release: [
          ...(slack ? [() => slack.close()] : []),
          ...(options.questionLog ? [() => options.questionLog?.close() ?? Promise.resolve()] : []),
          () => stores.close(),
        ],
        logger,
        graceMs: options.graceMs ?? 10_000,
        onStopping: () => {
          http.setState('stopping');
          reloadable?.close();
        },
      });
      return stopping;
    },
  };
}
