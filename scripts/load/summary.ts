import type { DriveResult } from './drive.js';
import { burstLine, errorCount, percentile, type ReplyCount, rate, table } from './report.js';

/** The targets of the issue, with the margin chosen for "flat". */
export const TARGETS = { ackMs: 3000, ceilingRatio: 0.8, memoryGrowth: 1.05 } as const;

/** Everything `npm run load` measured. */
export interface LoadFigures {
  slack: DriveResult;
  teams: DriveResult;
  /** The ceiling: the bare Bolt app's Slack bursts, one just before each of eucanbot's. */
  bare: { result: DriveResult; perRound: number[]; cpu: number; peak: number };
  /** eucanbot's Slack requests a second, round by round. */
  slackPerRound: number[];
  replies: ReplyCount;
  /** Per platform: ms from sending each question to its reply reaching the fake platform. */
  replyMs: { slack: number[]; teams: number[] };
  /** The steady Slack phase after the rounds: its rate, acks and reply latencies. */
  steady: { rate: number; result: DriveResult; replyMs: number[] };
  rounds: { questions: number; ms: number; settleMs: number; peakMb: number }[];
  peakMb: number;
  cpu: { server: number; self: number };
  server: { errorLines: number; errorSamples: string[]; exit: number | null };
  connections: { count: number; slowestMs: number };
}

const write = (text: string) => process.stdout.write(`${text}\n`);

/** Prints the table, the figures and PASS/FAIL per target; returns whether all passed. */
export function printSummary(f: LoadFigures): boolean {
  const { slack, teams, replies, rounds } = f;
  write('');
  write(
    table(
      ['burst', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'],
      [
        burstLine('eucanbot, Slack', slack),
        burstLine('eucanbot, Teams', teams),
        burstLine('bare Bolt, Slack', f.bare.result),
      ],
    ),
  );
  const ratio = rate(slack) / rate(f.bare.result);
  write(
    `Slack req/s round by round, bare Bolt then eucanbot: ${f.bare.perRound.map((b, i) => `${b.toFixed(0)} / ${(f.slackPerRound[i] ?? 0).toFixed(0)}`).join(', ')}.`,
  );
  // The first round grows the heap to its working size, then it levels off; a leak would keep
  // growing by the same amount every round, so the last round must set no new high over the
  // rounds between. (Against the round before alone, a dip in that round failed on noise.)
  const between = rounds.slice(1, -1).map((r) => r.peakMb);
  const previous = Math.max(0, ...between) || (rounds.at(-2)?.peakMb ?? 0);
  const last = rounds.at(-1)?.peakMb ?? 0;
  const errors =
    errorCount(slack) + errorCount(teams) + errorCount(f.steady.result) + f.server.errorLines;
  const maxAck = Math.max(0, ...slack.latencies, ...teams.latencies, ...f.steady.result.latencies);
  write('');
  write(
    `Replies: ${replies.exactlyOne} of ${replies.questions} questions answered exactly once; ${replies.none} unanswered, ${replies.more} answered more than once, ${replies.unexpected} replies to repeated deliveries.`,
  );
  const spread = (ms: number[]) =>
    `p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, max ${Math.max(0, ...ms).toFixed(0)} ms`;
  write(
    `Reply latency, question sent to reply received: Slack ${spread(f.replyMs.slack)}; Teams ${spread(f.replyMs.teams)}.`,
  );
  write(
    `Steady Slack load after the rounds, ${f.steady.result.sent} questions at ${f.steady.rate} a second: ack p99 ${percentile(f.steady.result.latencies, 99).toFixed(0)} ms; reply ${spread(f.steady.replyMs)}.`,
  );
  for (const [i, r] of rounds.entries())
    write(
      `Round ${i + 1}: ${r.questions} questions answered in ${(r.ms / 1000).toFixed(1)} s, first request to last reply (${((r.questions / r.ms) * 1000).toFixed(0)} answers/s); last reply ${(r.settleMs / 1000).toFixed(1)} s after the last ack; RSS peak ${r.peakMb.toFixed(0)} MB.`,
    );
  write(
    `Server memory (RSS): peak ${f.peakMb.toFixed(0)} MB. Bare Bolt peak ${f.bare.peak.toFixed(0)} MB.`,
  );
  const perRequest = (seconds: number, requests: number) =>
    ((seconds * 1000) / requests).toFixed(2);
  write(
    `CPU: the server used ${f.cpu.server.toFixed(1)} s over the rounds, ${perRequest(f.cpu.server, slack.sent + teams.sent)} ms a request with its reply; bare Bolt ${perRequest(f.bare.cpu, f.bare.result.sent)} ms a request; the load generator ${f.cpu.self.toFixed(1)} s.`,
  );
  write(
    `Connections: ${f.connections.count} kept alive per server, opened before each burst (the slowest took ${f.connections.slowestMs.toFixed(0)} ms, not counted).`,
  );
  write(
    `Server errors logged: ${f.server.errorLines}${f.server.errorSamples.length ? ` (first: ${f.server.errorSamples[0]})` : ''}; exit code ${f.server.exit}.`,
  );
  const verdicts: [string, boolean, string][] = [
    [
      `every request acked within ${TARGETS.ackMs / 1000} s`,
      maxAck < TARGETS.ackMs,
      `max ${maxAck.toFixed(0)} ms`,
    ],
    [
      'zero errors',
      errors === 0 && !slack.cutShort && !teams.cutShort && f.server.exit === 0,
      `${errors} errors`,
    ],
    [
      'exactly one reply per question',
      replies.exactlyOne === replies.questions && replies.unexpected === 0,
      `${replies.exactlyOne}/${replies.questions}`,
    ],
    [
      `at least ${TARGETS.ceilingRatio * 100} % of bare-Bolt throughput`,
      ratio >= TARGETS.ceilingRatio,
      `${(ratio * 100).toFixed(0)} % (${rate(slack).toFixed(0)} / ${rate(f.bare.result).toFixed(0)} req/s)`,
    ],
    [
      'memory flat over the run',
      last <= previous * TARGETS.memoryGrowth,
      `last round's peak ${((last / previous) * 100).toFixed(0)} % of the highest before it (after round 1)`,
    ],
  ];
  write('');
  for (const [target, ok, figure] of verdicts)
    write(`${ok ? 'PASS' : 'FAIL'}  ${target}: ${figure}`);
  return verdicts.every(([, ok]) => ok);
}
