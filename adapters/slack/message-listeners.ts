import type { App } from '@slack/bolt';
import { slackConversation } from './conversation.js';
import { escapeMrkdwn, slackTextToPlain } from './escape.js';
import { registerIntake } from './intake.js';
import { answerTracked, type SlackDeps } from './reply.js';

/** How to use the command, with the dataset's first example question. */
function usage(command: string, example: string | undefined): string {
  const line = `Usage: \`${command} <question>\``;
  return example ? `${line}, for example \`${command} ${escapeMrkdwn(example)}\`` : line;
}

/** The dataset's first example question, lower-cased to follow the command: "who leads WP1?". */
function firstExample(deps: SlackDeps): string | undefined {
  const [example] = deps.bot.answer('help').suggestions;
  return example && `${example.question[0]?.toLowerCase()}${example.question.slice(1)}`;
}

/** A question as the core should read it; an empty one (a bare mention) asks for help. */
export function questionOf(text: string | undefined, botUserId?: string): string {
  const plain = slackTextToPlain(text ?? '', botUserId);
  return plain === '' ? 'help' : plain;
}

/** @mentions in channels (answered in the thread), DMs, and the slash command. */
export function registerMessageListeners(app: App, deps: SlackDeps): void {
  registerIntake(app, deps);

  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id !== undefined || event.subtype === 'bot_message') return;
    // A mention in a thread continues it; one outside starts the thread the answer opens.
    const conversation = event.thread_ts
      ? slackConversation(event.channel, event.thread_ts)
      : { ...slackConversation(event.channel, event.ts), fresh: true };
    await answerTracked(
      deps,
      { user: event.user, channel: event.channel, surface: 'mention', conversation },
      questionOf(event.text, deps.botUserId),
      (message) =>
        client.chat.postMessage({
          channel: event.channel,
          thread_ts: event.thread_ts ?? event.ts,
          ...message,
        }),
    );
  });

  app.event('message', async ({ event, client }) => {
    // Edits, joins and bot posts carry a subtype; only people's new messages in DMs are questions.
    if (event.subtype !== undefined || event.channel_type !== 'im') return;
    if (event.bot_id !== undefined || event.user === deps.botUserId) return;
    await answerTracked(
      deps,
      {
        user: event.user,
        channel: event.channel,
        surface: 'dm',
        conversation: slackConversation(event.channel, event.thread_ts),
      },
      questionOf(event.text, deps.botUserId),
      (message) =>
        client.chat.postMessage({
          channel: event.channel,
          ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
          ...message,
        }),
    );
  });

  app.command(deps.command, async ({ command, ack, respond }) => {
    // Slack wants the ack within 3 seconds; the answer follows through the response_url.
    await ack();
    const question = questionOf(command.text);
    const help = /^help\??$/i.test(question);
    await answerTracked(
      deps,
      { user: command.user_id, surface: 'command' },
      question,
      (message) => respond({ response_type: 'ephemeral', ...message }),
      help
        ? { footer: usage(deps.command, firstExample(deps)) }
        : { showQuestion: true, share: true },
    );
  });
}
