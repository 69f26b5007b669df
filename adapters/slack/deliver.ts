import { ErrorCode, webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import {
  networkFailure,
  type RetryPolicy,
  type RetryVerdict,
  statusVerdict,
  withRetries,
} from '../../src/services/retry.js';
import type { SlackMessage } from './blocks.js';

/** Sends one message to Slack: chat.postMessage, a response_url, … */
export type SlackSend = (message: SlackMessage | { text: string }) => Promise<unknown>;

/**
 * Our retries on top of the Web API client's. The client retries 5xx answers, network errors and
 * timeouts itself (retryConfig); it is told to reject 429s (rejectRateLimitedCalls) so that a long
 * Retry-After gives up within this budget instead of pausing every reply. Bolt's `respond()`
 * (response_url) has no retries at all, so its 5xx, 429 and network failures are retried here.
 */
export const DEFAULT_SEND_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  budgetMs: 60_000,
};

/** Which failed sends to retry: see {@link DEFAULT_SEND_RETRY}. */
export function classifySlackSendError(error: unknown): RetryVerdict {
  const e = (error ?? {}) as { code?: unknown; retryAfter?: number; statusCode?: number };
  if (e.code === webApi.ErrorCode.RateLimitedError)
    return { retry: true, reason: 'HTTP 429', afterMs: (e.retryAfter ?? 1) * 1000 };
  // A response_url answers 429 without a Retry-After we can read: back off instead.
  if (e.code === ErrorCode.RespondError) return statusVerdict(e.statusCode ?? 0, undefined);
  // Slack's coded errors (slack_webapi_…) were retried by the client already.
  const network =
    typeof e.code === 'string' && e.code.startsWith('slack_') ? undefined : networkFailure(error);
  return network ? { retry: true, reason: network } : { retry: false };
}

/** `send` with {@link classifySlackSendError}'s retries; each retry is logged. */
export function withSendRetries(
  send: SlackSend,
  policy: RetryPolicy,
  logger: Logger,
  what: string,
): SlackSend {
  return (message) =>
    withRetries(
      () => send(message),
      classifySlackSendError,
      policy,
      (notice) => logger.warn({ adapter: 'slack', what, ...notice }, 'Slack call retried'),
    );
}

/** Web API errors that mean "these blocks are not acceptable"; the text alone may still go. */
const BLOCK_ERRORS = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_blocks_too_long']);

/** The Slack error code and a safe summary of a failed call, for logs (no request, no token). */
export function describeSlackError(error: unknown): {
  code: string;
  error?: string;
  status?: number;
} {
  if (typeof error !== 'object' || error === null) return { code: 'unknown' };
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number };
  return {
    code: e.code ?? 'unknown',
    ...(e.data?.error ? { error: e.data.error } : {}),
    ...(e.statusCode ? { status: e.statusCode } : {}),
  };
}

function rejectsBlocks(error: unknown): boolean {
  const { code, error: slackError, status } = describeSlackError(error);
  if (code === webApi.ErrorCode.PlatformError) return BLOCK_ERRORS.has(slackError ?? '');
  // A response_url answers 400 for bad blocks and gives no JSON to tell more.
  return code === ErrorCode.RespondError && status === 400;
}

/**
 * Sends a message with its blocks; if Slack rejects the blocks, sends its plain text instead.
 * Never throws: a failure is logged and reported as false, so one bad reply cannot take the
 * process down. Rate limits are retried by the Web API client, honouring Retry-After.
 */
export async function sendWithFallback(
  send: SlackSend,
  message: SlackMessage,
  logger: Logger,
  what: string,
): Promise<boolean> {
  try {
    await send(message);
    return true;
  } catch (error) {
    if (!rejectsBlocks(error)) {
      logger.error(
        { adapter: 'slack', what, ...describeSlackError(error) },
        'Slack API call failed',
      );
      return false;
    }
    logger.warn(
      { adapter: 'slack', what, ...describeSlackError(error) },
      'Slack rejected the blocks; sending plain text',
    );
  }
  try {
    await send({ text: message.text });
    return true;
  } catch (error) {
    logger.error({ adapter: 'slack', what, ...describeSlackError(error) }, 'Slack API call failed');
    return false;
  }
}
