/**
 * `npm run load -- --replicas 2`: the same Slack load through nginx to one replica and to several
 * sharing a redis-server, and to several without it, to show what a second replica buys and what
 * Redis prevents. Every 20th request is a retry of an event sent five requests earlier, which
 * nginx's round robin gives to another replica: without Redis it is answered twice.
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { type NginxServer, startNginx } from '../replicas/nginx.js';
import { type RedisServer, startRedisServer } from '../replicas/redis.js';
import { drive, warmConnections } from './drive.js';
import {
  type ChildServer,
  type Fakes,
  freePort,
  SERVE_ARGS,
  startChild,
  startFakes,
} from './processes.js';
import { countReplies, percentile, rate, table } from './report.js';
import { type LoadRequest, loadQuestions, slackRequests } from './requests.js';

const SECRET = 'load-test-signing-secret';
/** Warm-up requests per configuration: V8 needs a thousand or so before Bolt runs at speed. */
const WARM_REQUESTS = 1000;
const LIMITS = { wallSeconds: 240, settleSeconds: 20 } as const;
/**
 * High enough that no load user (500 of them) is refused, yet on: with Redis, each question
 * runs the shared window's script, as it does in production.
 */
const RATE_LIMIT_PER_MINUTE = '100000';
const write = (text: string) => process.stdout.write(`${text}\n`);

/** What `--replicas` runs: how many replicas, Slack requests and requests at a time. */
export interface ReplicaLoadOptions {
  replicas: number;
  slack: number;
  concurrency: number;
  build: boolean;
}

interface Setup {
  name: string;
  replicas: number;
  redis: boolean;
}

/** Waits until each of `expected` has a reply (or the cap passes); returns the replies so far. */
async function settle(fakes: Fakes, expected: ReadonlySet<string>) {
  const until = Date.now() + LIMITS.settleSeconds * 1000;
  for (;;) {
    const mine = (await fakes.replies()).filter(([key]) => expected.has(key));
    const answered = new Set(mine.map(([key]) => key)).size;
    if (answered >= expected.size || Date.now() > until) return mine;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs the comparison and prints it; resolves with the exit code (1 if Redis let a duplicate by). */
export async function runReplicaLoad(options: ReplicaLoadOptions): Promise<number> {
  const running: { servers: ChildServer[]; nginx?: NginxServer; redis?: RedisServer } = {
    servers: [],
  };
  const watchdog = setTimeout(() => {
    write(`FAIL: the run passed its ${LIMITS.wallSeconds} s cap; stopping.`);
    for (const s of running.servers) s.child.kill('SIGKILL');
    void running.nginx?.close();
    void running.redis?.close();
    process.exit(1);
  }, LIMITS.wallSeconds * 1000);
  if (options.build) {
    write('Building eucanbot (npm run build)…');
    if (spawnSync('npm', ['run', 'build'], { cwd: PACKAGE_ROOT, stdio: 'inherit' }).status !== 0)
      return 1;
  }
  const deadline = Date.now() + LIMITS.wallSeconds * 1000;
  const questions = loadQuestions();
  const fakes = await startFakes();
  const redis = await startRedisServer();
  running.redis = redis;
  const setups: Setup[] = [
    { name: '1 replica + Redis', replicas: 1, redis: true },
    { name: `${options.replicas} replicas + Redis`, replicas: options.replicas, redis: true },
    { name: `${options.replicas} replicas, no Redis`, replicas: options.replicas, redis: false },
  ];
  write(
    `Load: ${options.slack} Slack requests through nginx, ${options.concurrency} at a time, to each setup.`,
  );
  const rows: string[][] = [];
  let duplicatesWithRedis = 0;
  const samples: string[] = [];
  for (const [index, setup] of setups.entries()) {
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-load-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fakes.apiUrl,
      RATE_LIMIT_PER_MINUTE,
      ...(setup.redis ? { REDIS_URL: redis.url } : {}),
    };
    running.servers = await Promise.all(
      Array.from({ length: setup.replicas }, () => startChild(SERVE_ARGS, env)),
    );
    const upstreams = running.servers.map((s) => s.url.slice('http://'.length));
    const nginx = await startNginx({
      replicas: upstreams,
      listen: `127.0.0.1:${await freePort()}`,
    });
    running.nginx = nginx;
    const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
    const target = { signingSecret: SECRET, responseUrl: fakes.responseUrl };
    const run = async (label: string, count: number) => {
      const requests = slackRequests(label, count, questions, target);
      const expected = new Set(requests.flatMap((r: LoadRequest) => r.replyKey ?? []));
      const started = Date.now();
      const result = await drive(agent, nginx.url, requests, options.concurrency, deadline);
      const replies = await settle(fakes, expected);
      return { result, expected, replies, ms: Date.now() - started };
    };
    await warmConnections(agent, nginx.url, options.concurrency);
    await run(`w${index}`, WARM_REQUESTS);
    const { result, expected, replies, ms } = await run(`m${index}`, options.slack);
    const counts = countReplies(expected, replies);
    if (setup.redis) duplicatesWithRedis += counts.more;
    const errors = [...result.errors.values()].reduce((a, b) => a + b, 0);
    rows.push([
      setup.name,
      String(result.sent),
      rate(result).toFixed(0),
      percentile(result.latencies, 99).toFixed(1),
      ((counts.exactlyOne + counts.more) / (ms / 1000)).toFixed(0),
      String(counts.exactlyOne),
      String(counts.none),
      String(counts.more),
      String(errors),
      String(running.servers.reduce((n, s) => n + s.errorLines, 0)),
    ]);
    for (const line of running.servers.flatMap((s) => s.errorSamples)) samples.push(line);
    agent.destroy();
    await nginx.close();
    await Promise.all(running.servers.map((s) => s.stop()));
    running.servers = [];
  }
  await redis.close();
  await fakes.close();
  clearTimeout(watchdog);
  write('');
  const header = ['setup', 'requests', 'acks/s', 'p99 ack ms', 'answered/s', 'once', 'none'];
  write(table([...header, 'twice+', 'failed', 'error logs'], rows));
  for (const line of samples.slice(0, 3)) write(`error log: ${line}`);
  write('');
  write(
    'acks/s: requests nginx passed and eucanbot acknowledged per second; answered/s: questions answered per second, from the first request to the last reply; twice+: questions answered more than once (a retry answered by a second replica); failed: requests refused or not answered by nginx.',
  );
  const passed = duplicatesWithRedis === 0;
  write(passed ? 'PASS: no question answered twice with Redis.' : 'FAIL: duplicates with Redis.');
  return passed ? 0 : 1;
}
