import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedisServer } from '../../scripts/replicas/redis.js';
import { loadConfig } from '../../src/config.js';
import type { ConversationContext } from '../../src/core/schema/conversation.js';
import { createLogger } from '../../src/logger.js';
import { REDIS_LIMITS } from '../../src/services/redis-connection.js';
import { createStores, type Stores } from '../../src/services/stores.js';
import { waitFor } from '../helpers/fake-slack-api.js';

/** A logger whose JSON lines are kept, to count what an outage logs. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n'))
        if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

const errorsIn = (lines: Record<string, unknown>[]) =>
  lines.filter((l) => Number(l.level) >= 50).map((l) => String(l.msg));

/** 'up', 'down', or 'memory' when there is no Redis. */
const redisState = (stores: Stores) => {
  const health = stores.health();
  return health.mode === 'redis' ? health.redis : 'memory';
};

const context = { topic: 'spain' } as unknown as ConversationContext;

describe('stores shared through a real redis-server', () => {
  let redis: RedisServer;
  let a: Stores;
  let b: Stores;
  const logA = recordingLogger();
  const logB = recordingLogger();
  const settings = () => ({
    redisUrl: redis.url,
    rateLimitPerMinute: 3,
    conversationTtlMinutes: 30,
  });

  beforeAll(async () => {
    redis = await startRedisServer();
    a = await createStores(settings(), logA.logger);
    b = await createStores(settings(), logB.logger);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.close();
  });

  it('reports redis up on both, and keeps the memory mode without REDIS_URL', async () => {
    expect(a.health()).toEqual({ mode: 'redis', redis: 'up' });
    expect(b.health()).toEqual({ mode: 'redis', redis: 'up' });
    const memory = await createStores({ ...settings(), redisUrl: undefined }, logA.logger);
    expect(memory.health()).toEqual({ mode: 'memory' });
  });

  it('lets one of two processes claim an event, however they race', async () => {
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).seen('slack').firstTime('event:Ev1')),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Namespaces keep Slack's and Teams' ids apart.
    expect(await a.seen('teams').firstTime('event:Ev1')).toBe(true);
  });

  it('counts one person over both processes, with one notice per flood', async () => {
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await (i % 2 ? a : b).rateLimit.check('slack:U1'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false, false]);
    expect(decisions.filter((d) => !d.allowed && d.notify)).toHaveLength(1);
    expect(decisions[3]).toMatchObject({ asked: 3 });
    expect((await a.rateLimit.check('slack:U2')).allowed).toBe(true);
  });

  it('gives a conversation written by one process to the other, and forgets it on null', async () => {
    await a.conversations.set('slack:D1', context);
    expect(await b.conversations.get('slack:D1')).toEqual(context);
    await b.conversations.set('slack:D1', null);
    expect(await a.conversations.get('slack:D1')).toBeUndefined();
  });

  it('falls back to memory with one error while redis is down, and shares again after', async () => {
    await redis.stop(true);
    await waitFor(() => redisState(a) === 'down' && redisState(b) === 'down', 5000, 'the outage');
    // Per process now: each of a and b claims the same event, and nothing is thrown or waited on.
    const started = Date.now();
    expect(await a.seen('slack').firstTime('event:Ev2')).toBe(true);
    expect(await b.seen('slack').firstTime('event:Ev2')).toBe(true);
    for (let i = 0; i < 5; i++) await a.rateLimit.check('slack:U3');
    await a.conversations.set('slack:D2', context);
    expect(await a.conversations.get('slack:D2')).toEqual(context);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(a.health()).toEqual({ mode: 'redis', redis: 'down' });
    expect(errorsIn(logA.lines)).toHaveLength(1);
    expect(errorsIn(logA.lines)[0]).toMatch(/Redis unreachable/);

    await redis.start();
    await waitFor(() => redisState(a) === 'up', 10_000, 'a');
    await waitFor(() => redisState(b) === 'up', 10_000, 'b');
    expect(logA.lines.some((l) => /Redis reachable again/.test(String(l.msg)))).toBe(true);
    expect(errorsIn(logA.lines)).toHaveLength(1);
    // The restarted Redis is empty: claims are shared again, and the script is loaded anew.
    const claims = await Promise.all([
      a.seen('slack').firstTime('event:Ev3'),
      b.seen('slack').firstTime('event:Ev3'),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await b.rateLimit.check('slack:U4')).allowed).toBe(true);
    expect(errorsIn(logB.lines)).toHaveLength(1);
  });

  it('answers from memory within the command timeout when redis hangs, and notices it is back', async () => {
    redis.freeze(true);
    try {
      const started = Date.now();
      expect(await a.seen('slack').firstTime('event:Ev4')).toBe(true);
      expect(Date.now() - started).toBeLessThan(REDIS_LIMITS.commandTimeoutMs + 1500);
      expect(a.health()).toEqual({ mode: 'redis', redis: 'down' });
      // Down: the next calls do not wait for Redis at all.
      const next = Date.now();
      await a.rateLimit.check('slack:U5');
      expect(Date.now() - next).toBeLessThan(REDIS_LIMITS.commandTimeoutMs);
    } finally {
      redis.freeze(false);
    }
    // Requests go on meanwhile; while they do, a PING (a second apart at most) finds Redis back.
    const isUp = () => {
      void a.seen('slack').firstTime(`probe-${Date.now()}`);
      return redisState(a) === 'up';
    };
    await waitFor(isUp, 10_000, 'recovery');
    expect(errorsIn(logA.lines)).toHaveLength(2);
  });
});

describe('REDIS_URL', () => {
  it('stops the start when it is not a Redis URL, naming the variable', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL: must be/);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2' }).redisUrl).toBe(
      'redis://127.0.0.1:6379/2',
    );
  });

  it('stops the start when Redis refuses the password, without printing it', async () => {
    const redis = await startRedisServer({ password: 'right-password-1234' });
    try {
      const url = `redis://:wrong-password-5678@127.0.0.1:${redis.port}`;
      const { logger } = recordingLogger();
      const start = createStores(
        { redisUrl: url, rateLimitPerMinute: 1, conversationTtlMinutes: 1 },
        logger,
      );
      await expect(start).rejects.toThrow(/REDIS_URL: Redis refused it/);
      await expect(start).rejects.not.toThrow(/wrong-password/);
    } finally {
      await redis.close();
    }
  });
});
