import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPooledFetch } from '../../src/services/pooled-fetch.js';
import { networkFailure } from '../../src/services/retry.js';
import { refusedUrl } from '../reliability/helpers.js';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback server whose answer each test picks by path. */
const seen: Seen[] = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
  });
  req.on('end', () => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (req.url === '/json') {
      res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
      res.end('{"ok":true}');
    } else if (req.url === '/limited') {
      res.writeHead(429, { 'retry-after': '7', 'set-cookie': ['a=1', 'b=2'] });
      res.end('slow down');
    } else if (req.url === '/empty') {
      res.writeHead(204);
      res.end();
    } else if (req.url === '/hang') {
      // Never answers: the pool's timeout must end the call.
    }
  });
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createPooledFetch', () => {
  it('sends method, headers and body, and answers with a standard Response', async () => {
    const pool = createPooledFetch({ timeoutMs: 2000 });
    const response = await pool.fetch(`${base}/json`, {
      method: 'post',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer x' },
      body: new URLSearchParams({ channel: 'C1', text: 'héllo' }),
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(await response.json()).toEqual({ ok: true });
    const request = seen.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.headers.authorization).toBe('Bearer x');
    expect(new URLSearchParams(request?.body).get('text')).toBe('héllo');
    await pool.close();
  });

  it('passes error statuses through with their status text and every header value', async () => {
    const pool = createPooledFetch({ timeoutMs: 2000 });
    const response = await pool.fetch(new URL(`${base}/limited`), {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: '{}',
    });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(429);
    expect(response.statusText).toBe('Too Many Requests');
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.text()).toBe('slow down');
    await pool.close();
  });

  it('gives a 204 a Response without a body', async () => {
    const pool = createPooledFetch({ timeoutMs: 2000 });
    const response = await pool.fetch(`${base}/empty`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    await pool.close();
  });

  it('ends a call the peer never answers after the timeout, as a retryable failure', async () => {
    const pool = createPooledFetch({ timeoutMs: 300 });
    const started = Date.now();
    const failure = await pool.fetch(`${base}/hang`, { method: 'POST', body: 'x' }).catch((e) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(networkFailure(failure)).toBe('UND_ERR_HEADERS_TIMEOUT');
    await pool.close();
  });

  it("honours the caller's abort signal", async () => {
    const pool = createPooledFetch({ timeoutMs: 5000 });
    const failure = await pool
      .fetch(`${base}/hang`, { signal: AbortSignal.timeout(100) })
      .catch((e) => e);
    expect(networkFailure(failure)).toBe('timeout');
    await pool.close();
  });

  it('reports a refused connection by its code, which the retry policy retries', async () => {
    const pool = createPooledFetch({ timeoutMs: 2000 });
    const failure = await pool.fetch(await refusedUrl(), { method: 'POST' }).catch((e) => e);
    expect(networkFailure(failure)).toBe('ECONNREFUSED');
    await pool.close();
  });

  it('leaves a form-data body to the built-in fetch, which encodes it', async () => {
    const pool = createPooledFetch({ timeoutMs: 2000 });
    const form = new FormData();
    form.set('file', new Blob(['abc']), 'a.txt');
    const response = await pool.fetch(`${base}/json`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(seen.at(-1)?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.at(-1)?.body).toContain('abc');
    await pool.close();
  });

  it('fails calls after close instead of opening new connections', async () => {
    const pool = createPooledFetch({ timeoutMs: 2000 });
    await pool.close();
    await expect(pool.fetch(`${base}/json`)).rejects.toThrow();
  });
});
