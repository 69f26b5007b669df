import { z } from 'zod';

/** The product's own name and command, which an adopter may rename for their consortium. */
export const DEFAULT_BOT_NAME = 'eucanbot';
export const DEFAULT_SLACK_COMMAND = '/eucan';

/**
 * Teams caps an app's short name at 30 characters (manifest `name.short`); Slack's display name
 * allows 80, so the stricter limit serves both.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/resources/schema/manifest-schema#name
 */
const BOT_NAME_MAX = 30;

/**
 * What the bot is called where people see it: the app manifests (Slack and Teams) and the
 * slash command Bolt listens to. Everything else people read comes from the dataset.
 */
export const IdentityEnvSchema = z.object({
  BOT_NAME: z
    .string()
    .trim()
    .max(BOT_NAME_MAX, `must be at most ${BOT_NAME_MAX} characters (Teams' limit)`)
    .default(DEFAULT_BOT_NAME)
    .describe("The bot's name in the Slack and Teams app manifests."),
  // Slack: a command starts with "/", has no spaces and is at most 32 characters, in lower case.
  // https://api.slack.com/interactivity/slash-commands#creating_commands
  SLACK_COMMAND: z
    .string()
    .trim()
    .regex(
      /^\/[a-z0-9][a-z0-9_-]{0,30}$/,
      'must be "/" and up to 31 lower-case letters, digits, "-" or "_", like "/eucan"',
    )
    .default(DEFAULT_SLACK_COMMAND)
    .describe('The Slack slash command, as the Slack app manifest declares it.'),
});
type IdentityEnv = z.infer<typeof IdentityEnvSchema>;

/** The bot's name and Slack command, from the environment. */
export function toIdentity(env: IdentityEnv) {
  return { botName: env.BOT_NAME, slackCommand: env.SLACK_COMMAND };
}

/** The bot's name and Slack command; derived from the zod schema above. */
export type Identity = ReturnType<typeof toIdentity>;
