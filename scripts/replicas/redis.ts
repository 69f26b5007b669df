/**
 * A throw-away redis-server on loopback for the replica tests and `npm run load -- --replicas`:
 * a free port, a temporary directory, no persistence, stopped by its owner (or killed with it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../load/processes.js';

/** Debian's redis-server (`apt-get install redis-server`). */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** A running redis-server that can be stopped and started again on the same port. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Stops it (SIGKILL when `abrupt`, as a crash would), and waits for the exit. */
  stop(abrupt?: boolean): Promise<void>;
  /** Freezes it (SIGSTOP) or thaws it (SIGCONT): a Redis that hangs, connections open. */
  freeze(frozen: boolean): void;
  /** Starts it again, empty, on the same port. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  close(): Promise<void>;
}

/** True once something accepts TCP connections on `port`. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts redis-server on a free loopback port; resolves once it accepts connections. */
export async function startRedisServer(options: { password?: string } = {}): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir];
    const quiet = ['--save', '', '--appendonly', 'no', '--loglevel', 'warning'];
    const auth = options.password ? ['--requirepass', options.password] : [];
    const started = spawn(REDIS_SERVER, [...args, ...quiet, ...auth], { stdio: 'ignore' });
    child = started;
    const until = Date.now() + 10_000;
    while (!(await accepts(port))) {
      if (started.exitCode !== null)
        throw new Error(`redis-server exited with ${started.exitCode}`);
      if (Date.now() > until) throw new Error('redis-server did not start within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async (abrupt = false) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(abrupt ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    freeze: (frozen) => child?.kill(frozen ? 'SIGSTOP' : 'SIGCONT'),
    async close() {
      await stop(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
