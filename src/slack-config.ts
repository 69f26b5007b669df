import { z } from 'zod';

/**
 * Slack's environment variables. HTTP mode needs the bot token and the signing secret; Socket Mode
 * needs the bot token and an app-level token instead of a public URL.
 */
export const SlackEnvSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string()
    .trim()
    .startsWith('xoxb-', 'must start with "xoxb-" (the Bot User OAuth Token)')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().trim().optional(),
  SLACK_APP_TOKEN: z
    .string()
    .trim()
    .startsWith('xapp-', 'must start with "xapp-" (an app-level token with connections:write)')
    .optional(),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
    .optional(),
  SLACK_WELCOME: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'),
});
type SlackEnv = z.infer<typeof SlackEnvSchema>;

/** Slack variables that only work together; each problem names the variable to set. */
export function findSlackEnvProblems(env: SlackEnv): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const bot = env.SLACK_BOT_TOKEN !== undefined;
  if (bot && env.SLACK_APP_TOKEN === undefined && env.SLACK_SIGNING_SECRET === undefined)
    problems.push({
      path: 'SLACK_SIGNING_SECRET',
      message:
        'required when SLACK_BOT_TOKEN is set (HTTP mode); for Socket Mode set SLACK_APP_TOKEN instead',
    });
  if (!bot && env.SLACK_APP_TOKEN !== undefined)
    problems.push({
      path: 'SLACK_BOT_TOKEN',
      message: 'required when SLACK_APP_TOKEN is set',
    });
  if (!bot && env.SLACK_SIGNING_SECRET !== undefined)
    problems.push({
      path: 'SLACK_BOT_TOKEN',
      message: 'required when SLACK_SIGNING_SECRET is set',
    });
  return problems;
}

/** The Slack part of the config, or undefined when Slack is off (no SLACK_BOT_TOKEN). */
export function toSlackConfig(env: SlackEnv) {
  if (env.SLACK_BOT_TOKEN === undefined) return undefined;
  return {
    /** Socket Mode when an app-level token is given: no public URL needed. */
    mode: env.SLACK_APP_TOKEN === undefined ? ('http' as const) : ('socket' as const),
    botToken: env.SLACK_BOT_TOKEN,
    signingSecret: env.SLACK_SIGNING_SECRET,
    appToken: env.SLACK_APP_TOKEN,
    apiUrl: env.SLACK_API_URL,
    welcome: env.SLACK_WELCOME === 'on',
  };
}

/** Slack settings as the adapter receives them; derived from the zod schema above. */
export type SlackConfig = NonNullable<ReturnType<typeof toSlackConfig>>;
