import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

/** A child server on loopback, its output counted rather than kept. */
export interface ChildServer {
  child: ChildProcess;
  url: string;
  /** Log lines at error level (50) or above written so far. */
  readonly errorLines: number;
  /** The first few error lines, to show why. */
  readonly errorSamples: string[];
  stop(): Promise<number | null>;
}

/** A loopback port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs} ms`);
}

/** Starts `node <args>` on a free port with only `env`, and waits for /healthz. */
export async function startChild(
  args: string[],
  env: Record<string, string>,
): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: PACKAGE_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', process.env.LOAD_SHOW_STDOUT ? 'inherit' : 'ignore', 'pipe'],
  });
  let errorLines = 0;
  const errorSamples: string[] = [];
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines)
      if (/"level":(5|6)\d/.test(line)) {
        errorLines += 1;
        if (errorSamples.length < 3) errorSamples.push(line.slice(0, 300));
      }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, 20_000);
  return {
    child,
    url,
    get errorLines() {
      return errorLines;
    },
    errorSamples,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** The built CLI: `node bin/eucanbot.js serve`. */
export const SERVE_ARGS = [path.join(PACKAGE_ROOT, 'bin', 'eucanbot.js'), 'serve'];

/** The bare Bolt app that only acks, compiled like eucanbot so that both run plain JavaScript. */
export const BARE_BOLT_ARGS = [path.join(PACKAGE_ROOT, 'dist', 'load', 'bare-bolt.js')];

/** Compiles scripts/load/bare-bolt.ts to dist/load/; false when tsc fails. */
export function buildBareBolt(): boolean {
  const source = path.join(PACKAGE_ROOT, 'scripts', 'load', 'bare-bolt.ts');
  const options = ['--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022'];
  const args = ['tsc', source, '--outDir', path.join(PACKAGE_ROOT, 'dist', 'load'), ...options];
  const run = spawnSync('npx', [...args, '--skipLibCheck', '--types', 'node'], {
    stdio: 'inherit',
  });
  return run.status === 0;
}
/** The fakes' worker: base URL, and the reply keys recorded so far. */
export interface Fakes {
  apiUrl: string;
  responseUrl: (id: string) => string;
  serviceUrl: string;
  /** Each reply's key and when it arrived (epoch ms). */
  replies(): Promise<[string, number][]>;
  close(): Promise<void>;
}

/** Starts scripts/load/fakes.ts in a child process (through tsx) and waits until it listens. */
export async function startFakes(): Promise<Fakes> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PACKAGE_ROOT, 'scripts', 'load', 'fakes.ts')],
    {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const next = (type: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onExit = () => reject(new Error('the fakes exited'));
      const listener = (message: Record<string, unknown>) => {
        if (message.type !== type) return;
        child.off('message', listener);
        child.off('exit', onExit);
        resolve(message);
      };
      child.on('message', listener);
      child.once('exit', onExit);
    });
  const base = String((await next('ready')).base);
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    serviceUrl: `${base}/teams/`,
    async replies() {
      const answer = next('replies');
      child.send({ type: 'replies' });
      return (await answer).replies as [string, number][];
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
}
