import { Assistant, type AssistantConfig } from '@slack/bolt';
import type { ConversationRef } from '../../src/services/conversation-store.js';
import { createLogLimiter } from '../../src/services/log-limit.js';
import { renderAssistantGreeting } from './assistant-greeting.js';
import { truncate } from './blocks.js';
import { slackConversation } from './conversation.js';
import {
  describeSlackError,
  type SlackSend,
  sendWithFallback,
  withSendRetries,
} from './deliver.js';
import { SLACK_LIMITS } from './limits.js';
import { questionOf } from './message-listeners.js';
import { answerAndSend, busyFallback, runTracked, type SlackDeps } from './reply.js';

/** Where a question asked in an assistant thread comes from, for the logs. */
export const ASSISTANT_SURFACE = 'assistant';

/**
 * What the thread shows under the bot's name while the answer is prepared. Slack removes it when
 * the bot posts in the thread, or after two minutes
 * (https://docs.slack.dev/reference/methods/assistant.threads.setStatus).
 */
export const ASSISTANT_STATUS = 'is looking it up…';

/**
 * eucanbot's answers do not depend on the channel the person is looking at, which is all an
 * assistant thread's context holds. Bolt's default store keeps it in the metadata of the bot's
 * first message, at the cost of a conversations.replies and a chat.update on every context change
 * and of the channels:history scopes; this one keeps nothing.
 */
const NO_THREAD_CONTEXT: NonNullable<AssistantConfig['threadContextStore']> = {
  get: async () => ({}),
  save: async () => {},
};

/** The fields of a message event this file reads; Bolt types it as a union of every subtype. */
interface ThreadMessage {
  channel: string;
  thread_ts?: string;
  user?: string;
  text?: string;
  bot_id?: string;
}

/**
 * Whether a question opens its thread's conversation: no context is kept for the thread yet (or
 * it expired), so it is the question the thread is titled with. Reading the shared conversation
 * store, rather than remembering titled threads here, keeps replicas in agreement.
 */
async function opensConversation(deps: SlackDeps, conversation: ConversationRef): Promise<boolean> {
  if (!deps.conversations) return true;
  const context = await deps.conversations.get(conversation.key).catch(() => undefined);
  return context === undefined;
}

/**
 * Slack's assistant surface (the side panel of "Agents & AI Apps"), with Bolt's Assistant class:
 * a new thread gets a greeting and suggested prompts from the dataset; a question sets the
 * thread's status, titles the thread when it opens its conversation, and is answered in the
 * thread as a DM thread would be, with the same conversation key, so follow-ups work.
 *
 * Bolt treats every message in a DM thread as an assistant message. In a workspace without the
 * feature such a message still gets exactly the reply it got before; the status and title calls
 * that Slack may refuse there are logged at most once a minute each and never stop the answer.
 */
export function createEucanbotAssistant(deps: SlackDeps): Assistant {
  const logLimit = createLogLimiter();
  /** Runs a call that only decorates the thread: a failure is logged, never thrown. */
  const decorate = async (what: string, call: () => Promise<unknown>): Promise<void> => {
    try {
      await call();
    } catch (error) {
      const { code, error: slackError } = describeSlackError(error);
      const passed = logLimit.pass(`${what}:${slackError ?? code}`);
      if (passed)
        deps.logger.warn(
          { adapter: 'slack', what, ...describeSlackError(error), ...passed },
          'Slack assistant call failed; answering anyway',
        );
    }
  };

  return new Assistant({
    threadContextStore: NO_THREAD_CONTEXT,
    threadStarted: async ({ event, client, setSuggestedPrompts }) => {
      const { channel_id: channel, thread_ts: thread } = event.assistant_thread;
      // Read at each thread, so that a reloaded dataset greets with its own examples.
      const greeting = renderAssistantGreeting(
        deps.bot.dataset,
        deps.bot.answer('help').suggestions,
      );
      const post: SlackSend = (message) =>
        client.chat.postMessage({ channel, thread_ts: thread, ...message });
      const send = withSendRetries(post, deps.sendRetry, deps.logger, 'assistant-greeting');
      await runTracked(deps, 'assistant-greeting', async () => {
        await sendWithFallback(send, greeting.message, deps.logger, 'assistant-greeting');
        if (greeting.prompts.length > 0)
          await decorate('setSuggestedPrompts', () =>
            setSuggestedPrompts({ title: greeting.promptsTitle, prompts: greeting.prompts }),
          );
      });
    },
    // The context is the channel being viewed, which no answer depends on (see NO_THREAD_CONTEXT).
    threadContextChanged: async () => {},
    userMessage: async ({ message, client, setStatus, setTitle }) => {
      const event = message as ThreadMessage;
      if (event.bot_id !== undefined || event.user === deps.botUserId) return;
      const { channel, thread_ts: thread } = event;
      if (thread === undefined) return;
      const conversation = slackConversation(channel, thread);
      const question = questionOf(event.text, deps.botUserId);
      let delivered = false;
      const send: SlackSend = async (reply) => {
        const result = await client.chat.postMessage({ channel, thread_ts: thread, ...reply });
        delivered = true;
        return result;
      };
      const asker = { user: event.user, channel, surface: ASSISTANT_SURFACE, conversation };
      await runTracked(
        deps,
        ASSISTANT_SURFACE,
        async () => {
          const titled = (await opensConversation(deps, conversation))
            ? decorate('setTitle', () => setTitle(truncate(question, SLACK_LIMITS.assistantTitle)))
            : undefined;
          await Promise.all([titled, decorate('setStatus', () => setStatus(ASSISTANT_STATUS))]);
          await answerAndSend(deps, asker, question, send);
          // A post clears the status; without one (a silent rate limit, a failed send) clear it.
          if (!delivered) await decorate('setStatus', () => setStatus(''));
        },
        busyFallback(deps, send, ASSISTANT_SURFACE),
      );
    },
  });
}
