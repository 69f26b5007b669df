import http from 'node:http';
import type { LoadRequest } from './requests.js';

/** What one burst of requests measured. */
export interface DriveResult {
  sent: number;
  /** Ack latency of each answered request, in milliseconds. */
  latencies: number[];
  /** Non-2xx answers and failed connections, by status (0 for a failed connection). */
  errors: Map<number, number>;
  elapsedMs: number;
  /** True when the deadline stopped the burst before every request was sent. */
  cutShort: boolean;
  /** When each question was sent (epoch ms), by reply key, to time its reply. */
  sentAt: Map<string, number>;
}

function send(agent: http.Agent, base: URL, request: LoadRequest): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: request.path,
        method: 'POST',
        agent,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(request.body);
  });
}

/**
 * Opens `count` keep-alive connections with GET /healthz and returns the slowest, in ms. Slack and
 * Teams keep their connections open; a storm of new connections stalls the first requests for
 * seconds even in bare Bolt, which is the kernel and the client, not what is measured here.
 */
export async function warmConnections(
  agent: http.Agent,
  baseUrl: string,
  count: number,
): Promise<number> {
  const base = new URL(baseUrl);
  const times = await Promise.all(
    Array.from({ length: count }, async () => {
      const at = performance.now();
      await new Promise<void>((resolve) => {
        const req = http.request(
          { host: base.hostname, port: base.port, path: '/healthz', agent },
          (res) => {
            res.resume();
            res.on('end', () => resolve());
          },
        );
        req.on('error', () => resolve());
        req.end();
      });
      return performance.now() - at;
    }),
  );
  return Math.max(0, ...times);
}

/** The tally of one burst: each request sent, timed to its ack, and counted as acked or failed. */
function createTally(agent: http.Agent, baseUrl: string) {
  const base = new URL(baseUrl);
  const latencies: number[] = [];
  const errors = new Map<number, number>();
  const sentAt = new Map<string, number>();
  const started = performance.now();
  let sent = 0;
  return {
    /** Sends one request and records its ack (or error) when it comes. */
    async send(request: LoadRequest): Promise<void> {
      const at = performance.now();
      if (request.replyKey) sentAt.set(request.replyKey, performance.timeOrigin + at);
      sent += 1;
      const status = await send(agent, base, request);
      if (status >= 200 && status < 300) latencies.push(performance.now() - at);
      else errors.set(status, (errors.get(status) ?? 0) + 1);
    },
    result(cutShort: boolean): DriveResult {
      const elapsedMs = performance.now() - started;
      return { sent, latencies, errors, elapsedMs, cutShort, sentAt };
    },
  };
}

/**
 * Sends `requests` to `baseUrl` with `concurrency` requests in flight over the keep-alive
 * connections of `agent`, and measures each ack. Stops sending at `deadline` (a Date.now() value),
 * so a run always ends.
 */
export async function drive(
  agent: http.Agent,
  baseUrl: string,
  requests: readonly LoadRequest[],
  concurrency: number,
  deadline: number,
): Promise<DriveResult> {
  const tally = createTally(agent, baseUrl);
  let next = 0;
  let cutShort = false;
  const worker = async () => {
    while (next < requests.length) {
      if (Date.now() > deadline) {
        cutShort = true;
        return;
      }
      await tally.send(requests[next++] as LoadRequest);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tally.result(cutShort);
}

/**
 * Sends `requests` to `baseUrl` at a steady `perSecond`, each at its own time whatever the
 * answers before it (an open loop, as people asking are), over the keep-alive connections of
 * `agent`; measures each ack. Stops sending at `deadline` (a Date.now() value).
 */
export async function pace(
  agent: http.Agent,
  baseUrl: string,
  requests: readonly LoadRequest[],
  perSecond: number,
  deadline: number,
): Promise<DriveResult> {
  const tally = createTally(agent, baseUrl);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (const [i, request] of requests.entries()) {
    if (Date.now() > deadline) break;
    const wait = started + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(tally.send(request));
  }
  await Promise.all(pending);
  return tally.result(pending.length < requests.length);
}
