/**
 * Two `eucanbot serve` processes sharing one real redis-server, behind a real nginx configured
 * as docs/DEPLOY.md says: a Slack event and its retries are answered once whichever replica gets
 * them, the rate limit and conversations hold across both, and a Redis outage costs no answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/load/processes.js';
import { type NginxServer, startNginx } from '../../scripts/replicas/nginx.js';
import { type RedisServer, startRedisServer } from '../../scripts/replicas/redis.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../helpers/fake-slack-api.js';
import { eventEnvelope, postEvent } from '../helpers/slack-requests.js';
import { slackEnv } from '../helpers/slack-server.js';
import { spawnCli } from '../helpers/spawn-cli.js';

type Replica = ReturnType<typeof spawnCli> & { url: string; name: string };

let fake: FakeSlackApi;
let redis: RedisServer;
let nginx: NginxServer;
let a: Replica;
let b: Replica;

async function startReplica(name: string): Promise<Replica> {
  const port = await freePort();
  const run = spawnCli(['serve'], {
    ...slackEnv(fake),
    PORT: String(port),
    REDIS_URL: redis.url,
    RATE_LIMIT_PER_MINUTE: '3',
  });
  return { ...run, url: `http://127.0.0.1:${port}`, name };
}

const linesOf = (replica: Replica, pattern: RegExp) =>
  replica.output.err.split('\n').filter((line) => pattern.test(line));
const errorLines = (replica: Replica) => linesOf(replica, /"level":(5|6)\d/);
const skipped = () => [a, b].flatMap((r) => linesOf(r, /already handled/)).length;
const repliesIn = (thread: string) =>
  fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === thread);

let ts = 100;
/** A mention from `user` in channel C1; its reply goes to the thread of its own ts. */
function mention(user: string, text: string) {
  const thread = `${++ts}.000100`;
  const event = { type: 'app_mention', user, text: `<@UBOT> ${text}`, ts: thread, channel: 'C1' };
  return { thread, envelope: eventEnvelope({ ...event, event_ts: thread }) };
}

const retry = (n: number) => ({
  headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' },
});

/** What both replicas' /healthz say of the stores, as one string to compare. */
async function storesOfBoth(): Promise<string> {
  const stores = await Promise.all(
    [a, b].map(
      async (r) => ((await (await fetch(`${r.url}/healthz`)).json()) as { stores: unknown }).stores,
    ),
  );
  return JSON.stringify(stores);
}
const both = (redisState: 'up' | 'down') =>
  JSON.stringify([0, 1].map(() => ({ mode: 'redis', redis: redisState })));

/** Polls an async check until it is true, or fails after `timeoutMs`. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  fake = await startFakeSlackApi();
  redis = await startRedisServer();
  [a, b] = await Promise.all([startReplica('a'), startReplica('b')]);
  const listening = (r: Replica) => () => r.output.out.includes('Listening on');
  await Promise.all([
    waitFor(listening(a), 30_000, 'replica a to listen'),
    waitFor(listening(b), 30_000, 'replica b to listen'),
  ]);
  const site = { replicas: [a.url, b.url].map((u) => u.slice('http://'.length)) };
  nginx = await startNginx({ ...site, listen: `127.0.0.1:${await freePort()}` });
}, 40_000);

afterAll(async () => {
  for (const replica of [a, b]) if (replica?.child.exitCode === null) replica.child.kill('SIGKILL');
  await nginx?.close();
  await redis?.close();
  await fake?.close();
});

describe('two replicas, one Redis, nginx in front', () => {
  it('report the shared store on /healthz, and nginx takes them in turn', async () => {
    expect(await storesOfBoth()).toBe(both('up'));
    const asked = ['UN1', 'UN2', 'UN3', 'UN4'].map((user) => mention(user, 'who leads WP1?'));
    for (const { envelope } of asked)
      expect((await postEvent(`${nginx.url}/slack/events`, envelope)).status).toBe(200);
    await waitFor(() => asked.every((q) => repliesIn(q.thread).length === 1), 10_000, 'replies');
    // Each logs its line once Slack has answered the post, a moment after the fake recorded it.
    const handled = () => [a, b].map((r) => linesOf(r, /message handled/).length);
    await waitFor(() => handled().every((n) => n === 2), 5000, 'two answers from each');
  });

  it('answer an event delivered to both, and its retries to the other, exactly once', async () => {
    const { thread, envelope } = mention('UD1', 'who leads WP2?');
    const before = skipped();
    const first = await Promise.all([
      postEvent(`${a.url}/slack/events`, envelope),
      postEvent(`${b.url}/slack/events`, envelope),
    ]);
    // Slack's retries, after acks it found late: to each replica, and through nginx.
    const retries = await Promise.all([
      postEvent(`${b.url}/slack/events`, envelope, retry(1)),
      postEvent(`${a.url}/slack/events`, envelope, retry(2)),
      postEvent(`${nginx.url}/slack/events`, envelope, retry(3)),
    ]);
    for (const response of [...first, ...retries]) expect(response.status).toBe(200);
    // Five deliveries: one answered, four acknowledged and skipped, on whichever replica.
    await waitFor(() => skipped() - before === 4, 10_000, 'four skipped deliveries');
    await waitFor(() => repliesIn(thread).length > 0, 10_000, 'the answer');
    expect(repliesIn(thread)).toHaveLength(1);
  });

  it('hold the rate limit across both', async () => {
    const asked = Array.from({ length: 5 }, () => mention('URATE', 'who leads WP3?'));
    for (const [i, { thread, envelope }] of asked.entries()) {
      await postEvent(`${(i % 2 ? b : a).url}/slack/events`, envelope);
      if (i < 4) await waitFor(() => repliesIn(thread).length === 1, 10_000, `reply ${i}`);
    }
    const refused = () => [a, b].flatMap((r) => linesOf(r, /rate limit/)).length;
    await waitFor(() => refused() === 2, 10_000, 'two refusals');
    const texts = asked.map((q) => repliesIn(q.thread).map((c) => String(c.body.text)));
    expect(texts.slice(0, 3).every((t) => t.length === 1 && /WP3/.test(t[0] ?? ''))).toBe(true);
    expect(texts[3]).toEqual([expect.stringMatching(/You've asked 3 questions/)]);
    expect(texts[4]).toEqual([]);
  });

  it('keep a conversation when its follow-up lands on the other replica', async () => {
    const dm = (text: string, at: string) =>
      eventEnvelope({
        type: 'message',
        channel_type: 'im',
        channel: 'D9',
        user: 'UCTX',
        text,
        ts: at,
      });
    const inDm = () => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D9');
    await postEvent(`${a.url}/slack/events`, dm('who leads WP4?', '500.1'));
    await waitFor(() => inDm().length === 1, 10_000, 'the first answer');
    await postEvent(`${b.url}/slack/events`, dm('who else is in it?', '500.2'));
    await waitFor(() => inDm().length === 2, 10_000, 'the follow-up');
    // "it" is WP4 only through the context replica a left in Redis.
    expect(String(inDm()[1]?.body.text)).toMatch(/partners working in WP4, other than UAMS/);
  });

  it('answer on while Redis is down, with one error each, and share again once it is back', async () => {
    await redis.stop(true);
    await eventually(async () => (await storesOfBoth()) === both('down'), 10_000, 'the outage');
    const during = ['UO1', 'UO2', 'UO3', 'UO4'].map((user) => mention(user, 'who leads WP5?'));
    for (const [i, { envelope }] of during.entries())
      await postEvent(`${(i % 2 ? b : a).url}/slack/events`, envelope);
    await waitFor(() => during.every((q) => repliesIn(q.thread).length === 1), 10_000, 'answers');
    for (const replica of [a, b]) {
      expect(errorLines(replica)).toHaveLength(1);
      expect(errorLines(replica)[0]).toMatch(/Redis unreachable/);
    }

    await redis.start();
    await eventually(async () => (await storesOfBoth()) === both('up'), 15_000, 'reconnection');
    for (const replica of [a, b]) expect(linesOf(replica, /Redis reachable again/)).toHaveLength(1);
    const { thread, envelope } = mention('UD2', 'who leads WP6?');
    const before = skipped();
    await Promise.all([
      postEvent(`${a.url}/slack/events`, envelope),
      postEvent(`${b.url}/slack/events`, envelope, retry(1)),
    ]);
    await waitFor(() => repliesIn(thread).length > 0, 10_000, 'the answer');
    await waitFor(() => skipped() - before === 1, 10_000, 'the skipped delivery');
    expect(repliesIn(thread)).toHaveLength(1);
    for (const replica of [a, b]) expect(errorLines(replica)).toHaveLength(1);
  });

  it('keep answering through nginx while one replica stops gracefully', async () => {
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    expect(b.output.err).toContain('"drained":true');
    // nginx finds b's port closed and passes each request to a (proxy_next_upstream error).
    const asked = ['US1', 'US2', 'US3'].map((user) => mention(user, 'who leads WP1?'));
    for (const { envelope } of asked)
      expect((await postEvent(`${nginx.url}/slack/events`, envelope)).status).toBe(200);
    await waitFor(() => asked.every((q) => repliesIn(q.thread).length === 1), 10_000, 'replies');
  });
});
