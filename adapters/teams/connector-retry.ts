import {
  type CloudAdapter,
  type ConnectorClient,
  type HttpClient,
  HttpError,
} from '@microsoft/agents-hosting';
import type { Logger } from '../../src/logger.js';
import {
  networkFailure,
  parseRetryAfter,
  type RetryPolicy,
  type RetryVerdict,
  statusVerdict,
  withRetries,
} from '../../src/services/retry.js';
import { requestWithoutRedirects } from './connector-http.js';

/** How calls to the Bot Connector (replies, welcomes) are retried, and each call's timeout. */
export interface ConnectorRetryPolicy extends RetryPolicy {
  /** The SDK calls the connector with no timeout at all; a hung connection would hold the turn. */
  timeoutMs: number;
}

/**
 * The turn runs inside Teams' HTTP request, which Bot Framework gives up on after 15 s and may
 * then deliver again, so every retry must fit in well under that.
 * https://learn.microsoft.com/azure/bot-service/bot-builder-howto-long-operations-guidance
 */
export const DEFAULT_CONNECTOR_RETRY: ConnectorRetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 4000,
  budgetMs: 10_000,
  timeoutMs: 5000,
};

/** 429 (after its Retry-After) and 5xx answers, and network failures or timeouts, are retried. */
export function classifyConnectorError(error: unknown): RetryVerdict {
  if (error instanceof HttpError)
    return statusVerdict(
      error.status,
      parseRetryAfter(error.response.headers?.get?.('retry-after') ?? undefined),
    );
  const network = networkFailure(error);
  return network ? { retry: true, reason: network } : { retry: false };
}

/**
 * Wraps one turn's HttpClient so that each request has a timeout, follows no redirect and is
 * retried by `policy`.
 */
function wrapHttpClient(http: HttpClient, policy: ConnectorRetryPolicy, logger: Logger): void {
  http.request = <T>(config: Parameters<HttpClient['request']>[0]) =>
    withRetries(
      () => requestWithoutRedirects<T>(http, { timeout: policy.timeoutMs, ...config }),
      classifyConnectorError,
      policy,
      (notice) => logger.warn({ ...notice, method: config.method }, 'Teams connector call retried'),
    );
}

/**
 * Adds retries and timeouts to the SDK's calls to the Bot Connector, and refuses redirects: a middleware wraps the
 * connector client that the SDK creates for each turn (its HttpClient is public API), before any
 * reply is sent. A call that still fails throws, and the turn's error handler logs it.
 */
export function useConnectorRetries(
  adapter: CloudAdapter,
  policy: ConnectorRetryPolicy,
  logger: Logger,
): void {
  adapter.use(async (context, next) => {
    const client = context.turnState.get<ConnectorClient | undefined>(adapter.ConnectorClientKey);
    if (client) wrapHttpClient(client.httpClient, policy, logger);
    await next();
  });
}
