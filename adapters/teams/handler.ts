import { Activity } from '@microsoft/agents-activity';
import { ActivityHandler, type InvokeResponse, type TurnContext } from '@microsoft/agents-hosting';
import type { Bot } from '../../src/core/index.js';
import type { Logger } from '../../src/logger.js';
import {
  answerInConversation,
  type ConversationStore,
} from '../../src/services/conversation-store.js';
import { logHandledMessage } from '../../src/services/message-log.js';
import type { QuestionLog } from '../../src/services/question-log/question-log.js';
import { newAnswerId, recordAnswer } from '../../src/services/question-log/record-answer.js';
import { type RateLimiter, rateLimitNotice } from '../../src/services/rate-limit.js';
import { cardBudget } from './addressing.js';
import type { CardMessage } from './card-types.js';
import { stripControlCharacters } from './escape.js';
import { handleFeedbackInvoke, replyRef, teamsSurface } from './feedback.js';
import { questionFromActivity, wantsFullAnswer } from './mention.js';
import { renderAnswer } from './render.js';
import { type ChatMessage, renderChatAnswer, showsCitations } from './render-chat.js';
import { renderWelcome } from './welcome.js';

/**
 * Sends a message; in a channel the SDK addresses it as a reply to the incoming message's thread.
 * Resolves with the id the connector gave the reply, which Teams' feedback names.
 */
async function sendCard(
  context: TurnContext,
  message: CardMessage | ChatMessage,
): Promise<string | undefined> {
  return (await context.sendActivity(Activity.fromObject(message)))?.id;
}

/** Posts the turn's replies as new messages, not as replies to the (conversationUpdate) activity. */
function postAsNewMessages(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) delete activity.replyToId;
    return next();
  });
}

/**
 * Feedback arrives as invokes (see feedback.ts). The SDK answers an invoke it has no handler for
 * with 501; any other invoke is the caller's mistake: 400, with its name.
 */
class EucanbotActivityHandler extends ActivityHandler {
  constructor(
    private readonly questionLog: QuestionLog | undefined,
    private readonly logger: Logger,
  ) {
    super();
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const feedback = handleFeedbackInvoke(context, this.questionLog, this.logger);
    if (feedback) return feedback;
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
  const decision = await rateLimit.check(`teams:${user}`);
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
  questionLog?: QuestionLog,
  /** PUBLIC_URL, where the directory is: the welcome card links to it. */
  directoryUrl?: string,
): ActivityHandler {
  const handler = new EucanbotActivityHandler(questionLog, logger);
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
    const conversationType = context.activity.conversation?.conversationType;
    const answerId = newAnswerId();
    // Teams' own feedback loop where it offers one; two small card buttons in channels.
    const kind = conversationType === 'channel' ? ('buttons' as const) : ('native' as const);
    let replyId: string | undefined;
    try {
      const feedback = questionLog ? { feedback: { answerId, kind } } : {};
      const options = {
        full: wantsFullAnswer(context.activity),
        maxBytes: cardBudget(context),
        ...feedback,
      };
      // Chats show the quoted sentences as Teams citations; channels keep them on the card.
      const message = showsCitations(conversationType)
        ? renderChatAnswer(answer, options)
        : renderAnswer(answer, options);
      replyId = await sendCard(context, message);
      delivered = true;
    } finally {
      recordAnswer(questionLog, bot, {
        answerId,
        surface: teamsSurface(conversationType),
        asker: {
          platform: 'teams',
          id: context.activity.from?.aadObjectId ?? context.activity.from?.id,
        },
        answer,
        messageRef: replyId && conversationId ? replyRef(conversationId, replyId) : undefined,
      });
      // The same one line per message as Slack's; a connector failure is logged by onTurnError.
      logHandledMessage(logger, {
        adapter: 'teams',
        surface: conversationType ?? 'personal',
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
