import { Redis } from 'ioredis';
import { EucanbotError } from '../core/errors.js';
import type { Logger } from '../logger.js';

/**
 * Bounds on every call to Redis: a dead or hung Redis must never hold a reply. Redis answers in
 * well under a millisecond on a LAN; a command still unanswered after a second means it is gone.
 */
export const REDIS_LIMITS = {
  /**
   * A command unanswered this long fails and the store falls back to memory. Slack wants its ack
   * within 3 s, and the de-duplication claim runs before it; a second leaves room for an event
   * loop busy under load without turning a hung Redis into late acks.
   */
  commandTimeoutMs: 1000,
  /** Connecting, TCP and TLS. */
  connectTimeoutMs: 2000,
  /** Longest pause between reconnection attempts, so recovery is noticed within seconds. */
  maxReconnectDelayMs: 2000,
  /** How often a PING asks whether a Redis that timed out (connection still open) is back. */
  probeIntervalMs: 1000,
  /** At start, how long to wait for Redis before starting without it (logged, see healthz). */
  startWaitMs: 3000,
} as const;

/** Whether the shared stores reach Redis now (`down`: each process uses its own memory). */
export type RedisState = 'up' | 'down';

/** One connection to Redis, shared by every store, that knows whether Redis is reachable. */
export interface RedisConnection {
  readonly client: Redis;
  readonly state: RedisState;
  /** True when commands may go to Redis; false during an outage, when stores use memory. */
  usable(): boolean;
  /** Tells of a command that failed: starts an outage (logged once) unless one is on. */
  failed(error: unknown): void;
  close(): Promise<void>;
}

/** Errors that no reconnection fixes: REDIS_URL names a host or a password that is wrong. */
const CONFIG_ERRORS = /WRONGPASS|NOAUTH|invalid password|ENOTFOUND|EAI_AGAIN/;

/** An error as a log field: code and message, which name host and port but never a password. */
function describe(error: unknown): { code?: string; message: string } {
  const code = (error as { code?: unknown })?.code;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return typeof code === 'string' ? { code, message } : { message };
}

/**
 * Connects to the Redis of `url`. Commands fail at once while disconnected (no offline queue,
 * no retries per request) and time out after {@link REDIS_LIMITS}; ioredis reconnects in the
 * background. An outage is logged once at error level, its end once at info. A Redis that is
 * unreachable at start is such an outage; a wrong password or host stops the start.
 */
export async function connectRedis(url: string, logger: Logger): Promise<RedisConnection> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_LIMITS.commandTimeoutMs,
    connectTimeout: REDIS_LIMITS.connectTimeoutMs,
    retryStrategy: (times) => Math.min(times * 200, REDIS_LIMITS.maxReconnectDelayMs),
  });
  let state: RedisState = 'down';
  let outageLogged = false;
  let closing = false;
  let lastProbe = 0;
  const { host, port } = client.options;
  const where = { host, port };
  const goDown = (error: unknown) => {
    if (closing || (state === 'down' && outageLogged)) return;
    state = 'down';
    outageLogged = true;
    logger.error(
      { redis: where, err: describe(error) },
      'Redis unreachable: retries, rate limits and conversations are per process until it is back',
    );
  };
  const goUp = () => {
    if (state === 'up') return;
    state = 'up';
    if (outageLogged) logger.info({ redis: where }, 'Redis reachable again: stores shared again');
    else logger.info({ redis: where }, 'Redis connected: stores shared between replicas');
    outageLogged = false;
  };
  client.on('ready', goUp);
  // Without a listener ioredis prints every failed reconnection; one outage is one line.
  let lastError: unknown;
  client.on('error', (error: unknown) => {
    lastError = error;
    goDown(error);
  });
  client.on('close', () => goDown(new Error('connection closed')));
  const first = await Promise.race([
    client.connect().then(
      () => undefined,
      (error: unknown) => error,
    ),
    new Promise((resolve) => setTimeout(resolve, REDIS_LIMITS.startWaitMs).unref()),
  ]);
  // connect() rejects with "Connection is closed"; the error event said why.
  const refusal = lastError ?? first;
  if (refusal !== undefined && CONFIG_ERRORS.test(describe(refusal).message)) {
    closing = true;
    client.disconnect();
    const detail = `REDIS_URL: Redis refused it (${describe(refusal).message})`;
    throw new EucanbotError('CONFIG_INVALID', `Invalid configuration:\n  - ${detail}`, {
      cause: refusal,
      details: [detail],
    });
  }
  if (state === 'down') goDown(first ?? new Error('no connection yet'));
  return {
    client,
    get state() {
      return state;
    },
    usable() {
      if (client.status !== 'ready') return false;
      if (state === 'up') return true;
      // Down with the connection open: Redis timed out. A PING now and then says when it is back.
      const now = Date.now();
      if (now - lastProbe >= REDIS_LIMITS.probeIntervalMs) {
        lastProbe = now;
        client.ping().then(goUp, () => undefined);
      }
      return false;
    },
    failed: goDown,
    async close() {
      closing = true;
      await client.quit().catch(() => client.disconnect());
    },
  };
}
