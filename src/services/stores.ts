import type { Logger } from '../logger.js';
import { type ConversationStore, createMemoryConversationStore } from './conversation-store.js';
import { createRateLimiter, RATE_WINDOW_MS, type RateLimiter } from './rate-limit.js';
import { connectRedis, type RedisConnection, type RedisState } from './redis-connection.js';
import {
  createRedisConversationStore,
  createRedisRateLimiter,
  createRedisSeenEvents,
} from './redis-stores.js';
import { createSeenEvents, SEEN_EVENTS_TTL_MS, type SeenEvents } from './seen-events.js';

/** Where the shared stores live, as /healthz reports it. */
export type StoreHealth = { mode: 'memory' } | { mode: 'redis'; redis: RedisState };

/** Everything requests share: what replicas must agree on when there are several. */
export interface Stores {
  /** De-duplication of one adapter's deliveries, e.g. `seen('slack')`. */
  seen(namespace: string): SeenEvents;
  rateLimit: RateLimiter;
  conversations: ConversationStore;
  health(): StoreHealth;
  /** Closes the Redis connection, if any; call it once the replies in flight are done. */
  close(): Promise<void>;
}

/** What the stores are configured by (see config.ts). */
export interface StoreSettings {
  redisUrl: string | undefined;
  rateLimitPerMinute: number;
  conversationTtlMinutes: number;
}

/**
 * The stores: in this process's memory, or in Redis when `redisUrl` is set. With Redis, each
 * store keeps its memory one up to date as well and falls back on it while Redis is away, so an
 * outage costs the agreement between replicas, never an answer.
 */
export async function createStores(settings: StoreSettings, logger: Logger): Promise<Stores> {
  const { redisUrl, rateLimitPerMinute: perWindow, conversationTtlMinutes } = settings;
  const memoryRate = createRateLimiter({ perWindow });
  const memoryConversations = createMemoryConversationStore({ ttlMinutes: conversationTtlMinutes });
  if (redisUrl === undefined)
    return {
      seen: () => createSeenEvents(),
      rateLimit: memoryRate,
      conversations: memoryConversations,
      health: () => ({ mode: 'memory' }),
      close: async () => undefined,
    };
  const redis = await connectRedis(redisUrl, logger);
  const { client } = redis;
  const sharedRate = createRedisRateLimiter(client, perWindow, RATE_WINDOW_MS);
  const sharedConversations = createRedisConversationStore(client, conversationTtlMinutes * 60_000);
  return {
    seen(namespace) {
      const local = createSeenEvents();
      const shared = createRedisSeenEvents(client, namespace, SEEN_EVENTS_TTL_MS);
      return {
        // Seen here already: no need to ask Redis, which this process told at the time.
        firstTime: (id) =>
          local.firstTime(id) && preferShared(redis, () => shared.firstTime(id), true),
      };
    },
    rateLimit: {
      check(user) {
        const local = memoryRate.check(user);
        return perWindow <= 0 ? local : preferShared(redis, () => sharedRate.check(user), local);
      },
    },
    conversations: {
      async get(key) {
        const local = await memoryConversations.get(key);
        return preferShared(redis, () => sharedConversations.get(key), local);
      },
      async set(key, context) {
        await memoryConversations.set(key, context);
        await preferShared(redis, () => sharedConversations.set(key, context), undefined);
      },
    },
    health: () => ({ mode: 'redis', redis: redis.state }),
    close: () => redis.close(),
  };
}

/**
 * Redis' answer while it is reachable, else `local`: a failed command starts an outage (one
 * error line) and is answered from memory, as are the calls after it until Redis is back.
 */
async function preferShared<T>(
  redis: RedisConnection,
  shared: () => Promise<T>,
  local: T,
): Promise<T> {
  if (!redis.usable()) return local;
  try {
    return await shared();
  } catch (error) {
    redis.failed(error);
    return local;
  }
}
