import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import type { RunningServer } from '../../../src/app/start-server.js';
import {
  type FakeSlackApi,
  type RecordedCall,
  startFakeSlackApi,
  waitFor,
} from '../../helpers/fake-slack-api.js';
import { eventEnvelope } from '../../helpers/slack-requests.js';
import { APP_TOKEN, startSlackServer } from '../../helpers/slack-server.js';

/** A WebSocket server playing Slack's Socket Mode: says hello, then relays envelopes. */
let wss: WebSocketServer;
let socket: WebSocket | undefined;
const received: Record<string, unknown>[] = [];
let fake: FakeSlackApi;
let server: RunningServer;
let openCall: RecordedCall | undefined;

beforeAll(async () => {
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
    ws.send(
      JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }),
    );
  });
  fake = await startFakeSlackApi();
  fake.setConnectionsUrl(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`);
  ({ server } = await startSlackServer(fake, {
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_SIGNING_SECRET: '',
  }));
  openCall = fake.callsTo('apps.connections.open')[0];
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
  for (const client of wss?.clients ?? []) client.terminate();
  await new Promise((resolve) => wss?.close(resolve));
});
beforeEach(() => {
  fake.reset();
  received.length = 0;
});

function send(envelope: Record<string, unknown>) {
  if (!socket) throw new Error('Socket Mode client is not connected');
  socket.send(JSON.stringify(envelope));
}

const mention = eventEnvelope(
  {
    type: 'app_mention',
    user: 'U1',
    text: '<@UBOT> who leads WP4?',
    ts: '7.7',
    channel: 'C1',
    event_ts: '7.7',
  },
  'EvSocket1',
);

describe('Slack in Socket Mode', () => {
  it('reports Socket Mode on /healthz and mounts no HTTP events route', async () => {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { adapters: unknown };
    // The test server turns anonymous Teams on (TEAMS_DEV_ANONYMOUS, beside a loopback Slack).
    expect(health.adapters).toEqual({ slack: 'socket', teams: 'anonymous-dev' });
    // The HTTP events endpoint is not mounted in Socket Mode.
    expect((await fetch(`${server.url}/slack/events`, { method: 'POST' })).status).toBe(404);
  });

  it('acks an events_api envelope and answers the mention in its thread', async () => {
    send({
      envelope_id: 'env-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      payload: mention,
    });
    await waitFor(() => received.find((m) => m.envelope_id === 'env-1'), 3000, 'the ack');
    const post = await waitFor(() => fake.callsTo('chat.postMessage')[0]);
    expect(post.body).toMatchObject({ channel: 'C1', thread_ts: '7.7' });
    expect(post.body.text).toContain('UAMS/TCIA');
  });

  it('acks a retried envelope but does not answer it twice', async () => {
    send({
      envelope_id: 'env-2',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 1,
      retry_reason: 'timeout',
      payload: mention,
    });
    await waitFor(() => received.find((m) => m.envelope_id === 'env-2'), 3000, 'the ack');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('acks a slash command and answers through its response_url', async () => {
    send({
      envelope_id: 'env-3',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        command: '/eucan',
        text: 'who leads WP1?',
        team_id: 'T1',
        channel_id: 'C1',
        user_id: 'U1',
        response_url: fake.responseUrl('sock'),
        trigger_id: '1',
      },
    });
    await waitFor(() => received.find((m) => m.envelope_id === 'env-3'), 3000, 'the ack');
    const reply = await waitFor(() => fake.callsTo('response_url')[0]);
    expect(reply.body.response_type).toBe('ephemeral');
  });

  it('opened the connection with the app-level token', () => {
    expect(openCall?.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('closes the WebSocket on shutdown', async () => {
    const closed = new Promise((resolve) => socket?.once('close', resolve));
    expect(await server.stop()).toEqual({ drained: true });
    await closed;
  });
});
