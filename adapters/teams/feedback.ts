import type { InvokeResponse, TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { Logger } from '../../src/logger.js';
import type { Surface } from '../../src/services/question-log/entry.js';
import type { QuestionLog } from '../../src/services/question-log/question-log.js';
import { FEEDBACK_VERB } from './card-parts.js';

/** Longest comment kept from Teams' feedback dialog; the dialog itself allows more. */
const MAX_COMMENT = 1000;

/**
 * What Teams sends when someone clicks the feedback loop's thumbs and submits the dialog: a
 * `message/submitAction` invoke whose `replyToId` is our reply's id
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content#handle-feedback).
 */
const FeedbackLoopValue = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({
    reaction: z.enum(['like', 'dislike']),
    // A JSON string, {"feedbackText":"…"}, or already an object.
    feedback: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  }),
});

/** What a channel's feedback button sends: an `adaptiveCard/action` invoke with our verb. */
const FeedbackButtonValue = z.object({
  action: z.object({
    verb: z.literal(FEEDBACK_VERB),
    data: z.object({ answerId: z.string().min(1).max(64), reaction: z.enum(['up', 'down']) }),
  }),
});

/** The comment typed in Teams' feedback dialog, cut to MAX_COMMENT, or null. */
function commentOf(feedback: string | Record<string, unknown> | undefined): string | null {
  let value: unknown = feedback;
  if (typeof feedback === 'string')
    try {
      value = JSON.parse(feedback);
    } catch {
      value = { feedbackText: feedback };
    }
  const text = (value as { feedbackText?: unknown } | undefined)?.feedbackText;
  return typeof text === 'string' && text.trim() !== '' ? text.trim().slice(0, MAX_COMMENT) : null;
}

/** The question log's surface for a Teams conversation type. */
export function teamsSurface(conversationType: string | undefined): Surface {
  if (conversationType === 'channel') return 'teams-channel';
  return conversationType === 'groupChat' ? 'teams-group' : 'teams-personal';
}

/** How the log finds the answer a reply carried: the conversation and the reply's id. */
export function replyRef(conversationId: string, replyId: string): string {
  return `${conversationId}|${replyId}`;
}

/**
 * Handles the two kinds of feedback invoke, recording it once per person and answer; undefined
 * when the invoke is neither. Both are acknowledged with 200, as Teams requires of an invoke;
 * the card button's reply is a message Teams shows to the person who clicked.
 */
export function handleFeedbackInvoke(
  context: TurnContext,
  log: QuestionLog | undefined,
  logger: Logger,
): InvokeResponse | undefined {
  const { activity } = context;
  const user = activity.from?.aadObjectId ?? activity.from?.id ?? 'anonymous';
  if (activity.name === 'message/submitAction') {
    const parsed = FeedbackLoopValue.safeParse(activity.value);
    if (!parsed.success) return undefined;
    const { reaction, feedback } = parsed.data.actionValue;
    const replyId = activity.replyToId;
    if (log && replyId)
      log.feedback({
        messageKey: log.key.pseudonym(
          'teams-message',
          replyRef(activity.conversation?.id ?? '', replyId),
        ),
        asker: log.key.pseudonym('teams', user),
        reaction: reaction === 'like' ? 'up' : 'down',
        comment: commentOf(feedback),
      });
    logger.info({ adapter: 'teams', surface: 'feedback', reaction }, 'feedback recorded');
    return { status: 200, body: {} };
  }
  if (activity.name !== 'adaptiveCard/action') return undefined;
  const parsed = FeedbackButtonValue.safeParse(activity.value);
  if (!parsed.success) return undefined;
  const { answerId, reaction } = parsed.data.action.data;
  log?.feedback({ answerId, asker: log.key.pseudonym('teams', user), reaction, comment: null });
  logger.info({ adapter: 'teams', surface: 'feedback', reaction }, 'feedback recorded');
  const thanks =
    reaction === 'up'
      ? 'Thanks for the feedback.'
      : 'Thanks for the feedback. Ask again in other words, or type "help" for examples.';
  return {
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: thanks },
  };
}
