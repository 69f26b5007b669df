import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { CONNECTION_LIMITS } from '../../src/services/connection-limits.js';
import { createHttpServer, type HttpServer } from '../../src/services/create-server.js';
import { waitFor } from '../helpers/fake-slack-api.js';

const silent = createLogger('error', new Writable({ write: (_c, _e, done) => done() }));
const BOUND = CONNECTION_LIMITS.maxConnections;
/** Twice the bound: the flood must overflow it to show that /healthz still gets in. */
const FLOOD = 2 * BOUND;
/** Open files this process may hold (a child shell inherits the limit). */
const fdLimit = Number(execFileSync('sh', ['-c', 'ulimit -n']).toString().trim());
/** Each idle socket costs a descriptor on both ends; keep room for vitest and the probes. */
const fits = fdLimit >= FLOOD + BOUND + 500;

let http: HttpServer | undefined;
const sockets: net.Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise((resolve) =>
    http?.server.listening ? http.server.close(resolve) : resolve(undefined),
  );
  http = undefined;
});

/** Opens `count` TCP connections that never send a byte; returns how long each one lived. */
async function openIdle(port: number, count: number) {
  const lifetimes = new Map<net.Socket, number>();
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, () => {
      const socket = net.connect(port, '127.0.0.1');
      sockets.push(socket);
      socket.resume();
      socket.on('error', () => {});
      const started = performance.now();
      socket.on('close', () => lifetimes.set(socket, performance.now() - started));
      return new Promise((resolve) => socket.once('connect', resolve).once('close', resolve));
    });
    await Promise.all(batch);
  }
  return lifetimes;
}

function heldConnections(server: HttpServer['server']): Promise<number> {
  return new Promise((resolve, reject) =>
    server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
  );
}

describe('the server under a flood of idle connections', () => {
  it.skipIf(!fits)(
    'holds at most its bound, keeps answering, and closes idle sockets after the header timeout',
    async () => {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      http = createHttpServer({
        adapters: { slack: 'off' },
        mounters: [
          (app) => {
            app.post('/echo', (_req, res) => {
              res.status(202).json({ handled: true });
            });
            // A request still being answered when the flood comes: its socket is not idle.
            app.get('/slow', async (_req, res) => {
              await released;
              res.json({ done: true });
            });
          },
        ],
        logger: silent,
      });
      http.setState('ready');
      const { port } = await http.listen('127.0.0.1', 0);
      const url = `http://127.0.0.1:${port}`;

      const slowStarted = new Promise((resolve) => http?.server.once('request', resolve));
      const slow = fetch(`${url}/slow`);
      await slowStarted;
      const lifetimes = await openIdle(port, FLOOD);
      const latencies: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        const health = await fetch(`${url}/healthz`);
        latencies.push(performance.now() - started);
        expect(health.status).toBe(200);
      }
      expect((await fetch(`${url}/echo`, { method: 'POST', body: '{}' })).status).toBe(202);
      release();
      expect((await slow).status).toBe(200);
      // The flood past the bound closed the oldest idle sockets, so the probes got in.
      const held = await heldConnections(http.server);
      expect(held).toBeLessThanOrEqual(BOUND);
      const evicted = lifetimes.size;
      expect(evicted).toBeGreaterThanOrEqual(FLOOD - BOUND);

      // The rest never send a request: the header timeout closes them.
      const limit = CONNECTION_LIMITS.headersTimeoutMs + 2 * CONNECTION_LIMITS.checkingIntervalMs;
      await waitFor(() => lifetimes.size === FLOOD, limit + 5000, 'every idle socket to close');
      const longest = Math.max(...lifetimes.values());
      expect(longest).toBeLessThan(limit + 3000);
      latencies.sort((a, b) => a - b);
      // The figures go into docs/RELIABILITY.md.
      process.stdout.write(
        `${FLOOD} idle sockets (fd limit ${fdLimit}, bound ${BOUND}): server held ${held}, ` +
          `${evicted} closed at once, the longest lived ${Math.round(longest)} ms; ` +
          `/healthz during: median ${latencies[10]?.toFixed(1)} ms, max ${latencies[19]?.toFixed(1)} ms\n`,
      );
    },
    20_000,
  );
});
