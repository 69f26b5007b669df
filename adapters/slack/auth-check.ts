import { webApi } from '@slack/bolt';
import { EucanbotError } from '../../src/core/errors.js';
import { describeSlackError } from './deliver.js';

/** Errors that mean the token itself is wrong, not that Slack is unreachable. */
export const TOKEN_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/** Checks the bot token with auth.test and learns the bot's ids, failing the start clearly. */
export async function identify(
  token: string,
  clientOptions: webApi.WebClientOptions,
  variable: string,
) {
  const client = new webApi.WebClient(token, {
    ...clientOptions,
    retryConfig: { retries: 1, minTimeout: 200 },
  });
  try {
    const result = await client.auth.test();
    if (result.user_id === undefined || result.bot_id === undefined)
      throw new EucanbotError(
        'CONFIG_INVALID',
        `${variable} is not a bot token: auth.test names no bot user`,
      );
    return { botUserId: result.user_id, botId: result.bot_id };
  } catch (cause) {
    if (cause instanceof EucanbotError) throw cause;
    const { error } = describeSlackError(cause);
    if (error && TOKEN_ERRORS.has(error))
      throw new EucanbotError(
        'CONFIG_INVALID',
        `Slack refused ${variable} (${error}); copy the token again from the app's settings`,
        { cause },
      );
    throw new EucanbotError(
      'PLATFORM_ERROR',
      `Cannot check ${variable} with Slack at ${clientOptions.slackApiUrl ?? 'https://slack.com/api/'}: ${error ?? (cause as Error).message}`,
      { cause },
    );
  }
}
