import type { Bot } from '../../src/core/create-bot.js';
import type { Logger } from '../../src/logger.js';
import type { InFlight } from '../../src/server/in-flight.js';
import { logHandledMessage } from '../../src/server/message-log.js';
import type { SlackMessage } from './blocks.js';
import { sendWithFallback } from './deliver.js';
import { type RenderOptions, renderAnswer } from './render.js';
import type { SeenEvents } from './seen-events.js';

/** What every Slack listener needs. */
export interface SlackDeps {
  bot: Bot;
  logger: Logger;
  inFlight: InFlight;
  botUserId: string;
  /** Greet people who join a channel the bot is in. */
  welcome: boolean;
  seen: SeenEvents;
}

/** Runs a listener's work after the ack, tracked for shutdown; an error is logged, never thrown. */
export function runTracked(
  deps: SlackDeps,
  what: string,
  work: () => Promise<void>,
): Promise<void> {
  return deps.inFlight.track(
    work().catch((err: unknown) =>
      deps.logger.error({ adapter: 'slack', what, err }, 'handling a Slack request failed'),
    ),
  );
}

/** Answers a question, sends the reply (falling back to text) and logs one line about it. */
export async function answerAndSend(
  deps: SlackDeps,
  surface: string,
  question: string,
  send: (message: SlackMessage | { text: string }) => Promise<unknown>,
  options: RenderOptions = {},
): Promise<void> {
  const startedAt = performance.now();
  const answer = deps.bot.answer(question);
  const delivered = await sendWithFallback(
    send,
    renderAnswer(answer, options),
    deps.logger,
    surface,
  );
  logHandledMessage(deps.logger, { adapter: 'slack', surface, answer, startedAt, delivered });
}
