import type { Bot } from '../../src/core/create-bot.js';
import type { Logger } from '../../src/logger.js';
import {
  answerInConversation,
  type ConversationRef,
  type ConversationStore,
} from '../../src/services/conversation-store.js';
import type { InFlight } from '../../src/services/in-flight.js';
import { logHandledMessage } from '../../src/services/message-log.js';
import type { Surface } from '../../src/services/question-log/entry.js';
import type { QuestionLog } from '../../src/services/question-log/question-log.js';
import { newAnswerId, recordAnswer } from '../../src/services/question-log/record-answer.js';
import { type RateLimiter, rateLimitNotice } from '../../src/services/rate-limit.js';
import type { ReplyQueue } from '../../src/services/reply-queue.js';
import type { RetryPolicy } from '../../src/services/retry.js';
import type { SeenEvents } from '../../src/services/seen-events.js';
import type { BusyNotifier } from './busy-notice.js';
import {
  describeSlackError,
  type SlackSend,
  sendWithFallback,
  withSendRetries,
} from './deliver.js';
import type { MatrixImages } from './matrix-image.js';
import { type RenderOptions, renderAnswer } from './render.js';

/** What every Slack listener needs. */
export interface SlackDeps {
  bot: Bot;
  logger: Logger;
  inFlight: InFlight;
  botUserId: string;
  /** The slash command, as the app's manifest declares it. */
  command: string;
  /** Greet people who join a channel the bot is in. */
  welcome: boolean;
  seen: SeenEvents;
  /** Per-person question limit; undefined answers everyone. */
  rateLimit?: RateLimiter | undefined;
  /** Retries of a failed send, on top of the Web API client's own. */
  sendRetry: RetryPolicy;
  /** Where the work waits while the server acknowledges requests; undefined runs it at once. */
  replies?: ReplyQueue | undefined;
  /** Told of every request, to measure the server's load (see saturation.ts). */
  noteRequest?: (() => void) | undefined;
  /** Tells the asker a question the reply queue had no room for was dropped. */
  tellBusy?: BusyNotifier | undefined;
  /** Each thread's or DM's context, for follow-ups; undefined answers every question alone. */
  conversations?: ConversationStore | undefined;
  /** Where answered questions and feedback are recorded; undefined records nothing. */
  questionLog?: QuestionLog | undefined;
  /** The matrix picture for the Home tab, uploaded once per dataset; undefined shows none. */
  matrixImages?: MatrixImages | undefined;
  /** PUBLIC_URL: the Home tab's button to the directory; undefined shows none. */
  directoryUrl?: string | undefined;
}

/**
 * The question log's name for each surface a question comes from. A shared answer is no new
 * question, so it is not recorded again.
 */
const LOGGED_SURFACES: Record<string, Surface | undefined> = {
  mention: 'slack-mention',
  dm: 'slack-dm',
  assistant: 'slack-assistant',
  command: 'slack-slash',
  button: 'slack-button',
};

/** Where Slack's native feedback buttons go under the answer: visible answers to a question. */
const FEEDBACK_SURFACES = new Set(['mention', 'dm', 'assistant']);

/**
 * Runs a listener's work after the ack (queued behind the acks in progress), tracked for
 * shutdown; when the queue is full, `whenFull` runs instead. An error, or a full queue without
 * `whenFull`, is logged, never thrown.
 */
export function runTracked(
  deps: SlackDeps,
  what: string,
  work: () => Promise<void>,
  whenFull?: () => Promise<void>,
): Promise<void> {
  return deps.inFlight.track(
    (deps.replies ? deps.replies.run(work, whenFull) : work()).catch((err: unknown) =>
      deps.logger.error({ adapter: 'slack', what, err }, 'handling a Slack request failed'),
    ),
  );
}

/** Who asked and where: the Slack user and channel ids (for the rate limit) and the surface. */
export interface Asker {
  user: string | undefined;
  channel?: string | undefined;
  /** Where the question came from, e.g. `dm`, for the logs. */
  surface: string;
  /** The thread or DM the question continues (see conversation.ts); none answers it alone. */
  conversation?: ConversationRef | undefined;
}

/**
 * Whose questions count together for the rate limit: the person's. An event without a user (a
 * workflow's or an integration's post without a bot_id) counts against its channel, where the
 * replies land, so a channel of such posts is not answered without limit; one shared key is the
 * last resort, never no limit.
 */
function rateLimitKey(asker: Asker): string {
  if (asker.user !== undefined) return `slack:${asker.user}`;
  return asker.channel === undefined ? 'slack:unknown' : `slack:channel:${asker.channel}`;
}

/**
 * True when the asker is over the rate limit. The first refused question of a flood gets one
 * polite notice through `send`; the following ones are dropped with a log line.
 */
async function refuseOverLimit(deps: SlackDeps, asker: Asker, send: SlackSend): Promise<boolean> {
  if (!deps.rateLimit) return false;
  const decision = await deps.rateLimit.check(rateLimitKey(asker));
  if (decision.allowed) return false;
  deps.logger.info(
    { adapter: 'slack', surface: asker.surface, notified: decision.notify },
    'question refused: rate limit',
  );
  if (decision.notify)
    await send({ text: rateLimitNotice(decision) }).catch((error: unknown) =>
      deps.logger.error(
        { adapter: 'slack', what: 'rate-limit', ...describeSlackError(error) },
        'Slack API call failed',
      ),
    );
  return true;
}

/**
 * Answers a question, sends the reply (falling back to text) and logs one line about it; a
 * person over the rate limit gets the notice instead.
 */
export async function answerAndSend(
  deps: SlackDeps,
  asker: Asker,
  question: string,
  sendOnce: SlackSend,
  options: RenderOptions = {},
): Promise<void> {
  const { surface } = asker;
  const send = withSendRetries(sendOnce, deps.sendRetry, deps.logger, surface);
  if (await refuseOverLimit(deps, asker, send)) return;
  const startedAt = performance.now();
  const answer = await answerInConversation(
    deps.bot,
    question,
    deps.conversations,
    asker.conversation,
    deps.logger,
  );
  const logged = LOGGED_SURFACES[surface];
  const answerId = newAnswerId();
  const feedback = deps.questionLog && FEEDBACK_SURFACES.has(surface) ? { answerId } : undefined;
  const delivered = await sendWithFallback(
    send,
    renderAnswer(answer, { ...options, ...(feedback ? { feedback } : {}) }),
    deps.logger,
    surface,
  );
  if (logged)
    recordAnswer(deps.questionLog, deps.bot, {
      answerId,
      surface: logged,
      asker: { platform: 'slack', id: asker.user },
      answer,
    });
  logHandledMessage(deps.logger, { adapter: 'slack', surface, answer, startedAt, delivered });
}

/** {@link answerAndSend} after the ack, queued and tracked as every reply is (see runTracked). */
export function answerTracked(
  deps: SlackDeps,
  asker: Asker,
  question: string,
  send: SlackSend,
  options: RenderOptions = {},
): Promise<void> {
  return runTracked(
    deps,
    asker.surface,
    () => answerAndSend(deps, asker, question, send, options),
    busyFallback(deps, send, asker.surface),
  );
}

/** What runs instead of an answer the reply queue has no room for: the busy notice via `send`. */
export function busyFallback(
  deps: SlackDeps,
  send: SlackSend,
  surface: string,
): (() => Promise<void>) | undefined {
  const { tellBusy } = deps;
  return tellBusy && (() => tellBusy(send, surface));
}
