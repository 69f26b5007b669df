import { App, ExpressReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Bot } from '../../src/core/create-bot.js';
import { EucanbotError } from '../../src/core/errors.js';
import type { Logger } from '../../src/logger.js';
import type { ConversationStore } from '../../src/services/conversation-store.js';
import type { RouteMounter } from '../../src/services/create-server.js';
import type { InFlight } from '../../src/services/in-flight.js';
import { createPooledFetch } from '../../src/services/pooled-fetch.js';
import type { QuestionLog } from '../../src/services/question-log/question-log.js';
import type { RateLimiter } from '../../src/services/rate-limit.js';
import { createReplyQueue, type ReplyQueueOptions } from '../../src/services/reply-queue.js';
import type { RetryPolicy } from '../../src/services/retry.js';
import { createSaturation } from '../../src/services/saturation.js';
import { createSeenEvents, type SeenEvents } from '../../src/services/seen-events.js';
import type { SlackConfig } from '../../src/slack-config.js';
import { createEucanbotAssistant } from './assistant.js';
import { identify, TOKEN_ERRORS } from './auth-check.js';
import { toBoltLogger } from './bolt-logger.js';
import { createBusyNotifier } from './busy-notice.js';
import { CheckedExpressReceiver } from './checked-receiver.js';
import { DEFAULT_SEND_RETRY, describeSlackError } from './deliver.js';
import { registerFeedbackListener } from './feedback.js';
import { registerInteractionListeners } from './interaction-listeners.js';
import { SLACK_LIMITS } from './limits.js';
import { SLACK_EVENTS_PATH } from './manifest.js';
import { createMatrixImages } from './matrix-image.js';
import { registerMessageListeners } from './message-listeners.js';
import { createRequestGuard, type RequestGuardOptions } from './request-guard.js';

/** What the Slack adapter needs from the server. */
export interface SlackAdapterOptions {
  config: SlackConfig;
  /** The slash command the app's manifest declares (SLACK_COMMAND), such as "/eucan". */
  command: string;
  bot: Bot;
  logger: Logger;
  inFlight: InFlight;
  /** Web API retry policy; the default retries 429s (after Retry-After) and network errors. */
  retryConfig?: webApi.RetryOptions;
  /** Per-person question limit, shared with the other adapters. */
  rateLimit?: RateLimiter;
  /** Each conversation's context, shared with the other adapters; none answers questions alone. */
  conversations?: ConversationStore;
  /** Where questions and feedback are recorded; undefined (QUESTION_LOG=off) records nothing. */
  questionLog?: QuestionLog | undefined;
  /** Events and requests handled already, shared with other replicas; default in memory. */
  seen?: SeenEvents;
  /** Our retries of a failed reply, on top of the client's (default DEFAULT_SEND_RETRY). */
  sendRetry?: RetryPolicy;
  /** Longest wait for one call to Slack, Web API or response_url (default 15 s). */
  timeoutMs?: number;
  /** How many replies may wait (see reply-queue.ts); tests lower it. */
  replyQueue?: Pick<ReplyQueueOptions, 'maxWaiting'>;
  /** Bounds on reading request bodies in HTTP mode; tests shorten them. */
  requestGuard?: Omit<RequestGuardOptions, 'onRefused'>;
  /** PUBLIC_URL: the App Home's button to the directory page. */
  publicUrl?: string | undefined;
}

/** The running Slack adapter. */
export interface SlackAdapter {
  readonly mode: SlackConfig['mode'];
  readonly botUserId: string;
  /** Mounts POST /slack/events in HTTP mode; nothing in Socket Mode. */
  readonly mount: RouteMounter;
  /** Connects in Socket Mode; nothing to do in HTTP mode. */
  start(): Promise<void>;
  /** Stops receiving (Socket Mode disconnects); the HTTP server is closed by its owner. */
  stop(): Promise<void>;
  /** Closes the connections to Slack; call it once the replies in flight are done. */
  close(): Promise<void>;
  /** Replies dropped because too many were waiting, since the start (for /healthz). */
  readonly dropped: number;
}

/**
 * Web API retries: a 429 waits for Retry-After before each retry (the client does that), other
 * failures back off from 1 s. Short enough that a reply is never minutes late.
 */
const DEFAULT_RETRY: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 30_000,
  randomize: true,
};

/**
 * Creates the Slack adapter: Bolt with an ExpressReceiver mounted on the shared server (HTTP
 * mode) or a SocketModeReceiver (when SLACK_APP_TOKEN is set), and eucanbot's listeners.
 */
export async function createSlackAdapter(options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { config, logger } = options;
  const boltLogger = toBoltLogger(logger);
  const refused = (status: number, problem: string) =>
    logger.warn({ adapter: 'slack', status, error: problem }, 'Slack request refused');
  // One pool for the Web API and Bolt's respond() (response_url). Its timeouts bound every call,
  // so a hung connection cannot hold a reply (or a shutdown) forever; the client's own `timeout`
  // would add an AbortSignal to each call for the same effect.
  const http = createPooledFetch({ timeoutMs: options.timeoutMs ?? 15_000 });
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
    fetch: http.fetch,
    logger: boltLogger,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  };
  // Passing the ids keeps Bolt from calling auth.test again while it is constructed.
  const { botUserId, botId } = await identify(config.botToken, clientOptions, 'SLACK_BOT_TOKEN');
  const receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.appToken ?? '',
          logger: boltLogger,
          installerOptions: { clientOptions: { ...clientOptions } },
        })
      : new CheckedExpressReceiver(
          {
            signingSecret: config.signingSecret ?? '',
            logger: boltLogger,
            endpoints: SLACK_EVENTS_PATH,
            // The guard reads the body within this bound already; Bolt's is a second line.
            bodyLimit: SLACK_LIMITS.requestBody,
          },
          (problem) => refused(400, problem),
        );
  const app = new App({
    token: config.botToken,
    botId,
    botUserId,
    receiver,
    // A 429 is retried by withSendRetries within its budget, not by pausing every call.
    clientOptions: { ...clientOptions, rejectRateLimitedCalls: true },
    logger: boltLogger,
    convoStore: false,
  });
  app.error(async (error) => {
    logger.error(
      { adapter: 'slack', ...describeSlackError(error), message: error.message },
      'Slack listener failed',
    );
  });
  const saturation = createSaturation();
  // Replies give way to acks while requests saturate the server: see reply-queue.ts.
  const replies = createReplyQueue({
    ...options.replyQueue,
    isBusy: () => saturation.isSaturated(),
  });
  const deps = {
    bot: options.bot,
    logger,
    inFlight: options.inFlight,
    botUserId,
    welcome: config.welcome,
    command: options.command,
    seen: options.seen ?? createSeenEvents(),
    rateLimit: options.rateLimit,
    conversations: options.conversations,
    questionLog: options.questionLog,
    replies,
    noteRequest: () => saturation.noteRequest(),
    tellBusy: createBusyNotifier(logger),
    sendRetry: options.sendRetry ?? DEFAULT_SEND_RETRY,
    matrixImages: createMatrixImages({ fetch: http.fetch, logger }),
    directoryUrl: options.publicUrl,
  };
  registerMessageListeners(app, deps);
  // After the intake middleware, so that assistant events are counted and de-duplicated too.
  app.assistant(createEucanbotAssistant(deps));
  registerInteractionListeners(app, deps);
  registerFeedbackListener(app, deps);
  return {
    mode: config.mode,
    botUserId,
    mount: (server) => {
      if (!(receiver instanceof ExpressReceiver)) return;
      server.post(
        SLACK_EVENTS_PATH,
        createRequestGuard({ ...options.requestGuard, onRefused: refused }),
      );
      server.use(receiver.router);
    },
    async start() {
      if (config.mode !== 'socket') return;
      try {
        await app.start();
      } catch (cause) {
        const { error } = describeSlackError(cause);
        if (error && (TOKEN_ERRORS.has(error) || error === 'not_allowed_token_type'))
          throw new EucanbotError(
            'CONFIG_INVALID',
            `Slack refused SLACK_APP_TOKEN (${error}); it needs the connections:write scope`,
            { cause },
          );
        throw new EucanbotError(
          'PLATFORM_ERROR',
          `Socket Mode could not connect to Slack: ${error ?? (cause as Error).message}`,
          { cause },
        );
      }
    },
    async stop() {
      if (config.mode === 'socket') await app.stop();
    },
    close: () => http.close(),
    get dropped() {
      return replies.dropped;
    },
  };
}
