import type { Redis } from 'ioredis';
import type { ConversationContext } from '../core/schema/conversation.js';
import type { ConversationStore } from './conversation-store.js';
import type { RateDecision } from './rate-limit.js';

/** Every key eucanbot writes starts with this, so a Redis shared with other apps stays tidy. */
export const REDIS_KEY_PREFIX = 'eucanbot:';

/**
 * Claims `id` for this process: true for the first claim within `ttlMs`, across every replica.
 * SET NX PX is one atomic command, so two replicas given the same event cannot both win.
 */
export function createRedisSeenEvents(client: Redis, namespace: string, ttlMs: number) {
  return {
    async firstTime(id: string): Promise<boolean> {
      const key = `${REDIS_KEY_PREFIX}seen:${namespace}:${id}`;
      return (await client.set(key, '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
  };
}

/**
 * The sliding window of rate-limit.ts in one Lua script, atomic in Redis: a sorted set of the
 * answered questions' times (Redis' own clock, which every replica shares), the refused not
 * counted, and a flag so that only the first refusal of a flood gets the notice. Both keys
 * expire with the window. Returns [allowed, notify, asked, retryAfterMs].
 */
const RATE_WINDOW_SCRIPT = `
local times, notified = KEYS[1], KEYS[2]
local limit, window, member = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', times, '-inf', now - window)
local asked = redis.call('ZCARD', times)
if asked < limit then
  redis.call('ZADD', times, now, member)
  redis.call('PEXPIRE', times, window)
  redis.call('DEL', notified)
  return {1, 0, asked + 1, 0}
end
local oldest = redis.call('ZRANGE', times, 0, 0, 'WITHSCORES')
local notify = redis.call('SET', notified, '1', 'NX', 'PX', window) and 1 or 0
return {0, notify, asked, math.max(0, tonumber(oldest[2]) + window - now)}
`;

type RateWindowCommand = (
  times: string,
  notified: string,
  limit: number,
  windowMs: number,
  member: string,
) => Promise<[number, number, number, number]>;

/**
 * The per-person limit of rate-limit.ts kept in Redis, so a person's questions count together
 * whichever replica answers them. ioredis sends the script by its hash (EVALSHA) and again in
 * full after a Redis restart forgot it.
 */
export function createRedisRateLimiter(client: Redis, perWindow: number, windowMs: number) {
  client.defineCommand('eucanbotRateWindow', { numberOfKeys: 2, lua: RATE_WINDOW_SCRIPT });
  const run = (client as unknown as { eucanbotRateWindow: RateWindowCommand }).eucanbotRateWindow;
  let sequence = 0;
  // Two questions in the same millisecond are two members: the process and a counter tell them apart.
  const tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    async check(user: string): Promise<RateDecision> {
      // The braces keep both keys in one Redis Cluster slot, as a script's keys must be.
      const key = `${REDIS_KEY_PREFIX}rate:{${user}}`;
      const [allowed, notify, asked, retryAfterMs] = await run.call(
        client,
        key,
        `${key}:notified`,
        perWindow,
        windowMs,
        `${Date.now()}-${tag}-${++sequence}`,
      );
      if (allowed === 1) return { allowed: true };
      return { allowed: false, notify: notify === 1, asked, retryAfterMs };
    },
  };
}

/** Conversation contexts as JSON with their time-to-live (SET PX); null deletes. */
export function createRedisConversationStore(client: Redis, ttlMs: number): ConversationStore {
  const keyOf = (key: string) => `${REDIS_KEY_PREFIX}conversation:${key}`;
  return {
    async get(key) {
      const json = await client.get(keyOf(key));
      // bot.answer validates the context, so a malformed one costs the follow-up only.
      return json === null ? undefined : (JSON.parse(json) as ConversationContext);
    },
    async set(key, context) {
      if (context === null || ttlMs <= 0) await client.del(keyOf(key));
      else await client.set(keyOf(key), JSON.stringify(context), 'PX', ttlMs);
    },
  };
}
