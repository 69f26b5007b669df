import type { App, BlockFeedbackButtonsAction } from '@slack/bolt';
import { actions, button, type SlackMessage, section } from './blocks.js';
import { describeSlackError } from './deliver.js';
import { FEEDBACK_ACTION_ID, readFeedbackValue } from './feedback-block.js';
import { runTracked, type SlackDeps } from './reply.js';

/** What a thumbs-down is answered with, only to the person who clicked. */
export const LOOKING_FOR = 'What were you looking for?';

/**
 * The ephemeral reply to a thumbs-down: the question, and the suggestions the core has for it
 * as buttons (the suggestion listener answers them), so the person can ask what they meant.
 */
export function renderLookingFor(deps: SlackDeps, question: string): SlackMessage {
  const { suggestions } = deps.bot.answer(question);
  const lines = suggestions.map((s) => `• ${s.question}`);
  const text = `${LOOKING_FOR} Ask again in your own words${lines.length > 0 ? ', or try one of these:' : '.'}`;
  const buttons = suggestions.map((s, i) => button(s.label, `suggest-${i}`, s.question));
  return {
    text: [text, ...lines].join('\n'),
    blocks: [
      section(`*${LOOKING_FOR}*\n${text.slice(LOOKING_FOR.length + 1)}`),
      ...(buttons.length > 0 ? [actions(buttons)] : []),
    ],
  };
}

/**
 * Slack's native feedback buttons: acknowledged at once (Slack wants the ack within 3 s), the
 * reaction recorded against the answer once per person (a second click changes it), and a
 * thumbs-down answered ephemerally with "What were you looking for?" and the suggestions.
 */
export function registerFeedbackListener(app: App, deps: SlackDeps): void {
  app.action<BlockFeedbackButtonsAction>(
    { type: 'block_actions', action_id: FEEDBACK_ACTION_ID },
    async ({ ack, body, action, respond }) => {
      await ack();
      const value = readFeedbackValue(action.value);
      if (value === undefined) {
        deps.logger.warn({ adapter: 'slack' }, 'feedback click without an answer id ignored');
        return;
      }
      const log = deps.questionLog;
      log?.feedback({
        answerId: value.answerId,
        asker: log.key.pseudonym('slack', body.user.id),
        reaction: value.reaction,
        comment: null,
      });
      deps.logger.info(
        { adapter: 'slack', surface: 'feedback', reaction: value.reaction },
        'feedback recorded',
      );
      if (value.reaction !== 'down') return;
      await runTracked(deps, 'feedback', async () => {
        const message = renderLookingFor(deps, value.question);
        await respond({ response_type: 'ephemeral', replace_original: false, ...message }).catch(
          (error: unknown) =>
            deps.logger.error(
              { adapter: 'slack', what: 'feedback', ...describeSlackError(error) },
              'Slack API call failed',
            ),
        );
      });
    },
  );
}
