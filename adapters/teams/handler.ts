import { Activity } from '@microsoft/agents-activity';
import { ActivityHandler, type InvokeResponse, type TurnContext } from '@microsoft/agents-hosting';
import type { Bot } from '../../src/core/index.js';
import type { Logger } from '../../src/logger.js';
import {
  answerInConversation,
  type ConversationStore,
} from '../../src/server/conversation-store.js';
import { logHandledMessage } from '../../src/server/message-log.js';
import { type RateLimiter, rateLimitNotice } from '../../src/server/rate-limit.js';
import { cardBudget } from './addressing.js';
import type { CardMessage } from './card-types.js';
import { stripControlCharacters } from './escape.js';
import { questionFromActivity, wantsFullAnswer } from './mention.js';
import { renderAnswer } from './render.js';
import { renderWelcome } from './welcome.js';

/** Sends a card; in a channel the SDK addresses it as a reply to the incoming message's thread. */
async function sendCard(context: TurnContext, message: CardMessage): Promise<void> {
  await context.sendActivity(Activity.fromObject(message));
}

/** Posts the turn's replies as new messages, not as replies to the (conversationUpdate) activity. */
function postAsNewMessages(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) delete activity.replyToId;
    return next();
  });
}

/**
 * The SDK answers an invoke it has no handler for with 501. eucanbot's cards use Action.Submit
 * (a message), never invokes, so an invoke is the caller's mistake: 400, with its name.
 */
class EucanbotActivityHandler extends ActivityHandler {
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (response.status !== 501) return response;
    const name = stripControlCharacters(String(context.activity.name ?? '')).slice(0, 100);
    return { status: 400, body: { error: `eucanbot handles no invoke activities ("${name}")` } };
  }
}

/**
 * True when the sender is over the rate limit (keyed on the Entra object id when Teams gives
 * one, else the channel account id). The first refused message of a flood gets one polite
 * plain-text notice; the following ones get no reply.
 */
async function refuseOverLimit(
  context: TurnContext,
  logger: Logger,
  rateLimit: RateLimiter | undefined,
): Promise<boolean> {
  const from = context.activity.from;
  const user = from?.aadObjectId ?? from?.id;
  if (!rateLimit || !user) return false;
  const decision = rateLimit.check(`teams:${user}`);
  if (decision.allowed) return false;
  logger.info({ adapter: 'teams', notified: decision.notify }, 'question refused: rate limit');
  if (decision.notify) await context.sendActivity(rateLimitNotice(decision));
  return true;
}

/**
 * The bot's turn logic: a message (typed, or a card button's `value.question`) gets the answer
 * as a card; a conversationUpdate that adds members (the bot itself on install, or people) gets
 * one welcome card. Other activity types get no reply.
 */
export function createTeamsHandler(
  bot: Bot,
  logger: Logger,
  rateLimit?: RateLimiter,
  conversations?: ConversationStore,
  /** PUBLIC_URL, where the directory is: the welcome card links to it. */
  directoryUrl?: string,
): ActivityHandler {
  const handler = new EucanbotActivityHandler();
  handler.onMessage(async (context, next) => {
    if (await refuseOverLimit(context, logger, rateLimit)) return next();
    const startedAt = performance.now();
    // A personal chat, a group chat and a channel's reply chain each have their own
    // conversation.id (a reply chain's ends in ";messageid=…"): each keeps its own context.
    const conversationId = context.activity.conversation?.id;
    const answer = await answerInConversation(
      bot,
      questionFromActivity(context.activity),
      conversations,
      conversationId ? { key: `teams:${conversationId}` } : undefined,
      logger,
    );
    let delivered = false;
    try {
      const full = wantsFullAnswer(context.activity);
      await sendCard(context, renderAnswer(answer, { full, maxBytes: cardBudget(context) }));
      delivered = true;
    } finally {
      // The same one line per message as Slack's; a connector failure is logged by onTurnError.
      logHandledMessage(logger, {
        adapter: 'teams',
        surface: context.activity.conversation?.conversationType ?? 'personal',
        answer,
        startedAt,
        delivered,
      });
    }
    await next();
  });
  handler.onMembersAdded(async (context, next) => {
    // One card per activity, however many members it adds (the bot and the installer together).
    postAsNewMessages(context);
    // Read at each welcome, so that a reloaded dataset is introduced with its own examples.
    await sendCard(
      context,
      renderWelcome(bot.dataset, bot.answer('help').suggestions, directoryUrl),
    );
    logger.info({ added: context.activity.membersAdded?.length ?? 0 }, 'Teams welcome sent');
    await next();
  });
  return handler;
}
