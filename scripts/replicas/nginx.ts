/**
 * The nginx configuration of docs/DEPLOY.md, generated here so that the replica test, `npm run
 * load -- --replicas` and the guide use one text (test/scripts/deploy-doc.test.ts compares them),
 * and a throw-away nginx that runs it on loopback.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONNECTION_LIMITS } from '../../src/services/connection-limits.js';

/** Debian's nginx (`apt-get install nginx-light`). */
export const NGINX = '/usr/sbin/nginx';

/** Where the replicas listen (host:port each) and where nginx listens. */
export interface NginxSite {
  replicas: readonly string[];
  listen: string;
}

/** The example the guide shows: two replicas on one host, nginx on 8080 behind TLS. */
export const GUIDE_SITE: NginxSite = {
  replicas: ['127.0.0.1:3978', '127.0.0.1:3979'],
  listen: '8080',
};

/**
 * nginx's idle connections to a replica close this long before eucanbot's own keep-alive
 * timeout, so nginx never sends a request on a connection the replica is closing.
 */
const UPSTREAM_IDLE_SECONDS = Math.floor(CONNECTION_LIMITS.keepAliveTimeoutMs / 1000) - 1;

/** The `upstream` and `server` blocks, for nginx's `http` context (a conf.d file). */
export function nginxSite(site: NginxSite): string {
  const servers = site.replicas.map((r) => `    server ${r} max_fails=1 fail_timeout=10s;`);
  return `# eucanbot: every replica in one upstream; nginx takes them in turn.
upstream eucanbot {
${servers.join('\n')}
    keepalive 32;
    keepalive_timeout ${UPSTREAM_IDLE_SECONDS}s;
}

server {
    listen ${site.listen};
    # Slack and Teams send small requests; eucanbot refuses larger ones itself.
    client_max_body_size 1m;

    location / {
        proxy_pass http://eucanbot;
        # HTTP/1.1 without "Connection: close", so the upstream keepalive is used.
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        # A replica that is down or stopping refuses the connection: the next one gets it.
        proxy_next_upstream error timeout;
        proxy_connect_timeout 2s;
        proxy_read_timeout 15s;
    }
}
`;
}

/** A running nginx with its error log. */
export interface NginxServer {
  readonly url: string;
  errorLog(): string;
  close(): Promise<void>;
}

/**
 * Runs nginx in the foreground with {@link nginxSite} and its files (pid, logs, temporary bodies)
 * in a temporary directory; resolves once it answers.
 */
export async function startNginx(site: NginxSite): Promise<NginxServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `    ${kind}_temp_path ${path.join(dir, kind)};`)
    .join('\n');
  const config = `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
    access_log off;
${temp}
    include ${path.join(dir, 'eucanbot.conf')};
}
`;
  writeFileSync(path.join(dir, 'eucanbot.conf'), nginxSite(site));
  writeFileSync(path.join(dir, 'nginx.conf'), config);
  const global = `daemon off; pid ${path.join(dir, 'nginx.pid')};`;
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', global],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://${site.listen.includes(':') ? site.listen : `127.0.0.1:${site.listen}`}`;
  const errorLog = () => {
    try {
      return readFileSync(path.join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const until = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`nginx exited with ${child.exitCode}: ${stderr.trim()}`);
    }
    // Any answer at all, even a 502 while no replica listens yet, means nginx is up.
    if (
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) }).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > until) {
      await close();
      throw new Error(`nginx did not answer within 10 s: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, errorLog, close };
}
