import type { SlackMessage } from './blocks.js';
import { context, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';

/** The short welcome shown, only to them, to someone who joins a channel the bot is in. */
export function renderWelcome(
  consortiumName: string,
  botUserId: string,
  command: string,
): SlackMessage {
  const name = escapeMrkdwn(consortiumName);
  const text = `Welcome! I'm <@${botUserId}>: I answer who-does-what questions about the ${name} consortium, quoting my sources.`;
  return {
    text,
    blocks: [
      section(text),
      section(
        `Mention me here with a question, send me a direct message, or type \`${escapeMrkdwn(command)} help\` for examples.`,
      ),
      context(['Only you can see this message.']),
    ],
  };
}
