import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeConnector,
  startFakeConnector,
} from '../adapters/teams/helpers/fake-connector.js';
import { teamsActivity } from '../adapters/teams/helpers/fixtures.js';
import { postActivity } from '../adapters/teams/helpers/teams-server.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../helpers/fake-slack-api.js';
import { eventEnvelope, postEvent } from '../helpers/slack-requests.js';
import { startSlackServer } from '../helpers/slack-server.js';

let slackApi: FakeSlackApi;
let connector: FakeConnector;
let running: Awaited<ReturnType<typeof startSlackServer>>;

beforeAll(async () => {
  slackApi = await startFakeSlackApi();
  connector = await startFakeConnector();
  running = await startSlackServer(slackApi);
});
afterAll(async () => {
  await running?.server.stop();
  await connector?.close();
  await slackApi?.close();
});

describe('eucanbot serve with Slack and Teams on one server', () => {
  it('reports both adapters on /healthz', async () => {
    const res = await fetch(`${running.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      adapters: { slack: 'http', teams: 'anonymous-dev' },
      dropped: { slack: 0 },
      stores: { mode: 'memory' },
    });
  });

  it('answers a Slack mention and a Teams message side by side, once each', async () => {
    const slack = postEvent(
      running.eventsUrl,
      eventEnvelope({
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> who leads WP4?',
        ts: '1700000000.000900',
        channel: 'C1',
        event_ts: '1700000000.000900',
      }),
    );
    const teams = postActivity(
      running.server.url,
      teamsActivity('personal-chat', connector.url, { text: 'who leads WP4?' }),
    );
    expect((await slack).status).toBe(200);
    expect((await teams).status).toBe(200);
    const [posted] = await waitFor(() => {
      const calls = slackApi.callsTo('chat.postMessage');
      return calls.length > 0 ? calls : undefined;
    });
    expect(String(posted?.body.text)).toContain('UAMS/TCIA');
    expect(posted?.body.thread_ts).toBe('1700000000.000900');
    expect(connector.calls).toHaveLength(1);
    expect(JSON.stringify(connector.calls[0]?.body)).toContain('UAMS/TCIA');
    const handled = running.logs.lines.filter((l) => l.msg === 'message handled');
    expect(handled.map((l) => l.adapter).sort()).toEqual(['slack', 'teams']);
  });
});
