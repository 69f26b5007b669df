/**
 * `npm run load`: builds eucanbot, starts `eucanbot serve` on loopback with a fake Slack API and a
 * fake Teams connector in a child process, sends thousands of signed Slack events and Teams
 * activities at high concurrency in equal rounds, and gives a bare Bolt app that only acks each
 * round's Slack burst just before eucanbot gets it. Prints throughput, ack latency, errors, replies per
 * question, reply latency and peak memory, with PASS/FAIL per target, and exits 1 when a target
 * is missed. Bounded in requests and wall time.
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';
import { type DriveResult, drive, pace, warmConnections } from './load/drive.js';
import { peakMb, readCpuSeconds, sampleMemory } from './load/memory.js';
import {
  BARE_BOLT_ARGS,
  buildBareBolt,
  type ChildServer,
  SERVE_ARGS,
  startChild,
  startFakes,
} from './load/processes.js';
import { combine, countReplies, rate, replyLatencies } from './load/report.js';
import { type LoadRequest, loadQuestions, slackRequests, teamsRequests } from './load/requests.js';
import { printSummary } from './load/summary.js';

/** Equal rounds of load; the memory of the last is compared with the second's. */
const ROUNDS = 4;
const LIMITS = { requests: 20_000, concurrency: 256, wallSeconds: 150, settleSeconds: 20 } as const;
/**
 * After the rounds, Slack questions arrive one by one at a steady rate the server carries (about
 * a third of what it answers in a burst), to show that replies are not held back then.
 */
const STEADY = { seconds: 4, maxPerSecond: 1000 } as const;
const SECRET = 'load-test-signing-secret';
const write = (text: string) => process.stdout.write(`${text}\n`);

const { values } = parseArgs({
  options: {
    slack: { type: 'string', default: '3000' },
    teams: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '64' },
    /** Slack questions a second in the steady phase after the rounds. */
    'steady-rate': { type: 'string', default: '120' },
    'no-build': { type: 'boolean', default: false },
    /** Writes a V8 CPU profile of the server into this directory, to see where time goes. */
    profile: { type: 'string' },
    /** Compares one replica with this many behind nginx, with and without Redis. */
    replicas: { type: 'string' },
  },
});
const bounded = (value: string, max: number) => Math.max(1, Math.min(max, Number(value) || 1));
const slackCount = bounded(values.slack, LIMITS.requests);
const teamsCount = bounded(values.teams, LIMITS.requests);
const concurrency = bounded(values.concurrency, LIMITS.concurrency);
const steadyRate = bounded(values['steady-rate'], STEADY.maxPerSecond);
if (values.replicas !== undefined) {
  const { runReplicaLoad } = await import('./load/replicas.js');
  const build = !values['no-build'];
  const replicas = Math.max(2, bounded(values.replicas, 4));
  process.exit(await runReplicaLoad({ replicas, slack: slackCount, concurrency, build }));
}
const deadline = Date.now() + LIMITS.wallSeconds * 1000;
const children: ChildServer[] = [];
const watchdog = setTimeout(() => {
  write(`FAIL: the run passed its ${LIMITS.wallSeconds} s cap; stopping.`);
  for (const c of children) c.child.kill('SIGKILL');
  process.exit(1);
}, LIMITS.wallSeconds * 1000);

if (!values['no-build']) {
  write('Building eucanbot (npm run build) and the bare Bolt app…');
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
    cwd: PACKAGE_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0 || !buildBareBolt()) process.exit(1);
}

const questions = loadQuestions();
const fakes = await startFakes();
const slackTarget = { signingSecret: SECRET, responseUrl: fakes.responseUrl };
/** `n` split into `ROUNDS` nearly equal parts. */
const split = (n: number) =>
  Array.from(
    { length: ROUNDS },
    (_, r) => Math.floor((n * (r + 1)) / ROUNDS) - Math.floor((n * r) / ROUNDS),
  );
const plan = {
  warmSlack: slackRequests('w0', 1500, questions, slackTarget),
  warmTeams: teamsRequests('w0', 100, questions, fakes.serviceUrl),
  slack: split(slackCount).map((n, r) => slackRequests(`r${r + 1}`, n, questions, slackTarget)),
  teams: split(teamsCount).map((n, r) =>
    teamsRequests(`r${r + 1}`, n, questions, fakes.serviceUrl),
  ),
  steady: slackRequests('s1', steadyRate * STEADY.seconds, questions, slackTarget),
};

write(
  `Load: ${slackCount} Slack requests and ${teamsCount} Teams activities, ${concurrency} at a time, in ${ROUNDS} rounds.`,
);
const agents = new Map<string, http.Agent>();
let slowestConnect = 0;
/** One measured burst over warm keep-alive connections to `url`. */
async function burst(url: string, requests: LoadRequest[]): Promise<DriveResult> {
  let agent = agents.get(url);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    agents.set(url, agent);
  }
  slowestConnect = Math.max(slowestConnect, await warmConnections(agent, url, concurrency));
  return drive(agent, url, requests, concurrency, deadline);
}

// The ceiling: a bare Bolt app, alive for the whole run, that gets each round's Slack burst just
// before eucanbot does. Interleaved so, a slow or fast moment of this shared machine falls on
// both alike; measured apart (one run before eucanbot and one after) the ceiling moved by a
// third between runs.
write('Starting the ceiling: a bare Bolt app that only acks, given the same Slack bursts…');
const bare = await startChild(BARE_BOLT_ARGS, {
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: fakes.apiUrl,
});
children.push(bare);
const bareMemory = sampleMemory(bare.child.pid ?? 0);

const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
const server = await startChild([...profile, ...SERVE_ARGS], {
  SLACK_BOT_TOKEN: 'xoxb-load-test-token',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: fakes.apiUrl,
  // Anonymous Teams beside Slack: allowed because Slack's API here is the loopback fake.
  TEAMS_DEV_ANONYMOUS: 'true',
  RATE_LIMIT_PER_MINUTE: '0',
  LOG_LEVEL: 'info',
});
children.push(server);
const memory = sampleMemory(server.child.pid ?? 0);
const expected = new Set<string>();
const expect = (requests: readonly LoadRequest[]) => {
  for (const r of requests) if (r.replyKey) expected.add(r.replyKey);
};
/** Waits until every question so far has a reply (or the cap passes); returns the wait in ms. */
async function settle(): Promise<number> {
  const started = Date.now();
  const until = Math.min(deadline, started + LIMITS.settleSeconds * 1000);
  while ((await fakes.replies()).length < expected.size && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return Date.now() - started;
}

memory.setPhase('warm-up');
// Both servers warm up alike: V8 needs a thousand or so requests before Bolt runs at full speed.
await burst(bare.url, plan.warmSlack);
for (const requests of [plan.warmSlack, plan.warmTeams]) {
  expect(requests);
  await burst(server.url, requests);
}
await settle();
const cpuAtStart = { server: readCpuSeconds(server.child.pid ?? 0), self: process.cpuUsage() };
const slackResults: DriveResult[] = [];
const teamsResults: DriveResult[] = [];
const bareResults: DriveResult[] = [];
let bareCpu = 0;
const rounds: { questions: number; ms: number; settleMs: number }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const bareAtStart = readCpuSeconds(bare.child.pid ?? 0);
  bareResults.push(await burst(bare.url, plan.slack[round] ?? []));
  bareCpu += readCpuSeconds(bare.child.pid ?? 0) - bareAtStart;
  memory.setPhase(`round ${round + 1}`);
  const started = Date.now();
  const before = expected.size;
  for (const [requests, results] of [
    [plan.slack[round] ?? [], slackResults],
    [plan.teams[round] ?? [], teamsResults],
  ] as const) {
    expect(requests);
    results.push(await burst(server.url, requests));
  }
  // The round ends when its last reply is delivered, so every round ends with nothing queued.
  const settleMs = await settle();
  rounds.push({ questions: expected.size - before, ms: Date.now() - started, settleMs });
}
const cpu = {
  server: readCpuSeconds(server.child.pid ?? 0) - cpuAtStart.server,
  self: (() => {
    const used = process.cpuUsage(cpuAtStart.self);
    return (used.user + used.system) / 1e6;
  })(),
};
memory.setPhase('steady');
expect(plan.steady);
const steady = await pace(
  agents.get(server.url) as http.Agent,
  server.url,
  plan.steady,
  steadyRate,
  deadline,
);
await settle();
memory.setPhase('after');
await new Promise((resolve) => setTimeout(resolve, 500));
const recorded = await fakes.replies();
const replies = countReplies(expected, recorded);
memory.stop();
const serverExit = await server.stop();

bareMemory.stop();
await bare.stop();
for (const agent of agents.values()) agent.destroy();
await fakes.close();
clearTimeout(watchdog);

const slack = combine(slackResults);
const teams = combine(teamsResults);
const passed = printSummary({
  slack,
  teams,
  replyMs: {
    slack: replyLatencies(slack.sentAt, recorded),
    teams: replyLatencies(teams.sentAt, recorded),
  },
  steady: { rate: steadyRate, result: steady, replyMs: replyLatencies(steady.sentAt, recorded) },
  bare: {
    result: combine(bareResults),
    perRound: bareResults.map(rate),
    cpu: bareCpu,
    peak: peakMb(bareMemory),
  },
  slackPerRound: slackResults.map(rate),
  replies,
  rounds: rounds.map((r, i) => ({ ...r, peakMb: peakMb(memory, `round ${i + 1}`) })),
  peakMb: peakMb(memory),
  cpu,
  server: { errorLines: server.errorLines, errorSamples: server.errorSamples, exit: serverExit },
  connections: { count: concurrency, slowestMs: slowestConnect },
});
process.exit(passed ? 0 : 1);
