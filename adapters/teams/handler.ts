import { Activity } from '@microsoft/agents-activity';
import { ActivityHandler, type TurnContext } from '@microsoft/agents-hosting';
import type { Bot } from '../../src/core/index.js';
import type { Logger } from '../../src/logger.js';
import { logHandledMessage } from '../../src/server/message-log.js';
import type { CardMessage } from './card-types.js';
import { questionFromActivity } from './mention.js';
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
 * The bot's turn logic: a message (typed, or a card button's `value.question`) gets the answer
 * as a card; a conversationUpdate that adds members (the bot itself on install, or people) gets
 * one welcome card. Other activity types get no reply.
 */
export function createTeamsHandler(bot: Bot, logger: Logger): ActivityHandler {
  const examples = bot.answer('help').suggestions;
  const handler = new ActivityHandler();
  handler.onMessage(async (context, next) => {
    const startedAt = performance.now();
    const answer = bot.answer(questionFromActivity(context.activity));
    let delivered = false;
    try {
      await sendCard(context, renderAnswer(answer));
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
    await sendCard(context, renderWelcome(bot.dataset, examples));
    logger.info({ added: context.activity.membersAdded?.length ?? 0 }, 'Teams welcome sent');
    await next();
  });
  return handler;
}
