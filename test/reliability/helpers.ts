import http from 'node:http';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  type FakeConnector,
  startFakeConnector,
} from '../adapters/teams/helpers/fake-connector.js';
import { teamsActivity } from '../adapters/teams/helpers/fixtures.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fake-slack-api.js';
import { eventEnvelope } from '../helpers/slack-requests.js';
import { type CapturedLogs, startSlackServer } from '../helpers/slack-server.js';

/** A loopback URL on a port nothing listens on: connecting to it is refused. */
export async function refusedUrl(path = '/'): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}${path}`;
}

let ts = 1_700_000_000;

/** An app_mention envelope with a fresh event id and a fresh `ts`, so its thread is its own. */
export function mention(text: string, user = 'U1') {
  const at = `${++ts}.000100`;
  return eventEnvelope({
    type: 'app_mention',
    user,
    text: `<@UBOT> ${text}`,
    ts: at,
    channel: 'C1',
    event_ts: at,
  });
}

/** A Teams personal-chat message to the fake connector, with a fresh activity id. */
export function teamsMessage(
  serviceUrl: string,
  text: string,
  extra: Record<string, unknown> = {},
) {
  return teamsActivity('personal-chat', serviceUrl, { text, ...extra });
}

/** eucanbot's real server with Slack (HTTP mode) and anonymous Teams, plus both fakes. */
export interface BothServers {
  fake: FakeSlackApi;
  connector: FakeConnector;
  url: string;
  eventsUrl: string;
  logs: CapturedLogs;
  /** The log written since the current test began, raw and parsed. */
  recentRaw(): string;
  recent(): Record<string, unknown>[];
}

/** Starts both fakes and the server before a file's tests; clears the recordings before each. */
export function useBothServers(
  env: Record<string, string> = {},
  options: Parameters<typeof startSlackServer>[3] = {},
): BothServers {
  const context = {} as BothServers;
  let stop: (() => Promise<unknown>) | undefined;
  let mark = 0;
  context.recentRaw = () => context.logs.raw().slice(mark);
  context.recent = () =>
    context
      .recentRaw()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  beforeAll(async () => {
    context.fake = await startFakeSlackApi();
    context.connector = await startFakeConnector();
    const started = await startSlackServer(context.fake, env, 'info', options);
    stop = () => started.server.stop();
    Object.assign(context, {
      url: started.server.url,
      eventsUrl: started.eventsUrl,
      logs: started.logs,
    });
  });
  afterAll(async () => {
    await stop?.();
    await context.connector?.close();
    await context.fake?.close();
  });
  beforeEach(() => {
    context.fake.reset();
    context.connector.calls.length = 0;
    mark = context.logs.raw().length;
  });
  return context;
}

/** GET /healthz and the status; the server must still be ready. */
export async function health(url: string): Promise<number> {
  return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })).status;
}

/** Waits `ms` so that late, unwanted replies would have time to arrive. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs raw bytes on a fresh connection and resolves with the status as soon as the server
 * answers. A server may answer an oversized body (413) before reading all of it and close the
 * connection, which makes fetch fail with "fetch failed"; the status is what matters here.
 */
export function postBytes(
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
  timeoutMs = 10_000,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent: false, timeout: timeoutMs });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    // EPIPE or ECONNRESET after the answer came are expected; before it, they are failures.
    req.on('error', reject);
    req.end(body);
  });
}
