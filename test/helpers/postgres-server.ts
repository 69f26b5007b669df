import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL 15, which .ci/run installs when it is missing. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** Whether the PostgreSQL binaries are on this machine; tests skip with a message otherwise. */
export const hasPostgres = existsSync(path.join(POSTGRES_BIN, 'initdb'));

/** A free loopback port, as the kernel gives one. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A running throwaway PostgreSQL server. */
export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

/** As the OS user postgres: initdb and the server refuse to run as root. */
function asPostgres(bin: string, args: string[]) {
  const command = path.join(POSTGRES_BIN, bin);
  const root = process.getuid?.() === 0;
  return run(root ? 'runuser' : command, root ? ['-u', 'postgres', '--', command, ...args] : args, {
    timeout: 15_000,
  });
}

/**
 * Starts PostgreSQL in a temp dir: trust authentication, listening on 127.0.0.1 on a free port,
 * its socket in the temp dir. stop() shuts it down at once and removes the dir.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = path.join(dir, 'data');
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  await asPostgres('pg_ctl', [
    '-D',
    data,
    '-o',
    options,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(
        () => undefined,
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
