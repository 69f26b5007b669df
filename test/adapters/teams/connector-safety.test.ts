import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, useTeamsServer } from './helpers/teams-server.js';

/** A loopback server that records the path of every request and answers with `respond`. */
async function startRecorder(host: string, respond: (path: string, res: ServerResponse) => void) {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    req.resume();
    req.on('end', () => respond(req.url ?? '', res));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Recorder = Awaited<ReturnType<typeof startRecorder>>;
const ok = (_path: string, res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');

const t = useTeamsServer();
/** 127.0.0.2 is loopback too, but not on the anonymous allow-list: named directly, refused. */
let elsewhere: Recorder;
let redirector: Recorder;
let recorder: Recorder;

beforeAll(async () => {
  elsewhere = await startRecorder('127.0.0.2', ok);
  redirector = await startRecorder('127.0.0.1', (path, res) =>
    res.writeHead(307, { location: `${elsewhere.url}${path}` }).end(),
  );
  recorder = await startRecorder('127.0.0.1', ok);
});
afterAll(async () => {
  await Promise.all([elsewhere?.close(), redirector?.close(), recorder?.close()]);
});
beforeEach(() => {
  for (const r of [elsewhere, redirector, recorder]) r.paths.length = 0;
});

describe('connector calls go only where the allow-list says', () => {
  it('refuses a serviceUrl on a host outside the allow-list when it is named directly', async () => {
    const res = await postActivity(
      t.server.url,
      teamsActivity('personal-chat', `${elsewhere.url}/`),
    );
    expect(res.status).toBe(400);
    expect(elsewhere.paths).toEqual([]);
  });

  it('does not follow a redirect from an allowed serviceUrl to that host', async () => {
    await postActivity(t.server.url, teamsActivity('personal-chat', `${redirector.url}/teams/`));
    await t.server.settled();
    expect(redirector.paths).toHaveLength(1);
    expect(elsewhere.paths).toEqual([]);
    const failed = t.server.logs.findLast((l) => l.msg === 'Teams turn failed');
    expect(JSON.stringify(failed?.err)).toMatch(/307/);
  });
});

describe('conversation ids cannot change the path of a connector call', () => {
  it.each([
    ['a path back up', '../../../elsewhere'],
    ['a query', 'a:1?x='],
    ['a fragment', 'a:1#x'],
    ['an encoded slash', 'a:1%2F..%2F..%2Felsewhere'],
    ['a backslash', '..\\..\\elsewhere'],
  ])('refuses a conversation.id with %s: 400, nothing sent', async (_name, id) => {
    const activity = teamsActivity('personal-chat', `${recorder.url}/teams/`, {
      conversation: { id, conversationType: 'personal' },
    });
    const res = await postActivity(t.server.url, activity);
    await t.server.settled();
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/activity\.conversation\.id/);
    expect(recorder.paths).toEqual([]);
  });

  it('answers in a Teams channel thread, whose id holds ";messageid="', async () => {
    const id = '19:7d3a2e1f9c8b4a6e@thread.tacv2;messageid=1709547601456';
    const activity = teamsActivity('personal-chat', t.connector.url, {
      conversation: { id, conversationType: 'channel' },
    });
    expect((await postActivity(t.server.url, activity)).status).toBe(200);
    expect(t.connector.calls.map((c) => c.conversationId)).toEqual([id]);
  });
});
