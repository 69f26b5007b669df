import { createHmac } from 'node:crypto';
import type { FakeSlackApi } from './fake-slack-api.js';

/** The signing secret the test servers use. */
export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** Slack's request signature: HMAC-SHA256 over `v0:timestamp:body` with the signing secret. */
export function signatureHeaders(
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
  secret = SIGNING_SECRET,
): Record<string, string> {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${digest}` };
}

/** Options for a request as Slack sends it. */
export interface SlackPostOptions {
  headers?: Record<string, string>;
  timestamp?: number;
  secret?: string;
}

async function post(url: string, body: string, contentType: string, options: SlackPostOptions) {
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...signatureHeaders(body, options.timestamp, options.secret),
      ...options.headers,
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
  return { status: response.status, text: await response.text(), ms: Date.now() - started };
}

/** POSTs an Events API envelope as JSON. */
export function postEvent(url: string, envelope: unknown, options: SlackPostOptions = {}) {
  return post(url, JSON.stringify(envelope), 'application/json', options);
}

/** POSTs a slash command as a form; Bolt needs this exact content type. */
export function postCommand(
  url: string,
  fields: Record<string, string>,
  options: SlackPostOptions = {},
) {
  return post(
    url,
    new URLSearchParams(fields).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

/** POSTs an interactivity payload (a button click) as Slack does: a form with `payload`. */
export function postAction(url: string, payload: unknown, options: SlackPostOptions = {}) {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return post(url, body, 'application/x-www-form-urlencoded', options);
}

let eventCounter = 0;
let triggerCounter = 0;

/** A fresh trigger_id: Slack gives each command and each click its own. */
const nextTriggerId = () => `${++triggerCounter}.2.3`;

/** An event_callback envelope around `event`, with a fresh event_id unless one is given. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${++eventCounter}`) {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event,
  };
}

/** A /eucan slash command as Slack posts it, answering to the fake's response_url. */
export function slashCommand(fake: FakeSlackApi, text: string, responseId = 'cmd') {
  return {
    command: '/eucan',
    text,
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    user_name: 'ann',
    response_url: fake.responseUrl(responseId),
    trigger_id: nextTriggerId(),
    api_app_id: 'A1',
  };
}

/** A block_actions payload: user U2 clicked a button. */
export function buttonClick(
  fake: FakeSlackApi,
  actionId: string,
  value: string,
  extra: Record<string, unknown>,
) {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'test' },
    user: { id: 'U2', username: 'bob', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: nextTriggerId(),
    response_url: fake.responseUrl('click'),
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'b1',
        value,
        action_ts: '1.1',
        text: { type: 'plain_text', text: 'x' },
      },
    ],
    ...extra,
  };
}

/** Where a clicked message sits: a normal message in channel C1. */
export const inChannel = {
  channel: { id: 'C1', name: 'general' },
  container: { type: 'message', message_ts: '5.5', channel_id: 'C1', is_ephemeral: false },
};

/** Slack's event when `user` joins channel C1. */
export function memberJoined(user: string) {
  return eventEnvelope({
    type: 'member_joined_channel',
    user,
    channel: 'C1',
    channel_type: 'C',
    team: 'T1',
    event_ts: '1.1',
  });
}

/** Slack's event when `user` opens the app's Home tab. */
export function homeOpened(user: string) {
  return eventEnvelope({
    type: 'app_home_opened',
    user,
    channel: 'D3',
    tab: 'home',
    event_ts: '1.1',
  });
}

let tick = 0;
/** A fresh message timestamp: Slack's are unique within a channel. */
export function nextTs(): string {
  return `1700000${String(++tick).padStart(3, '0')}.000100`;
}

/** A message the person writes in their DM with the bot (D1), or in a thread of it. */
export function directMessage(text: string, thread?: string) {
  const ts = nextTs();
  return {
    type: 'message',
    channel_type: 'im',
    channel: 'D1',
    user: 'U1',
    text,
    ts,
    event_ts: ts,
    ...(thread ? { thread_ts: thread } : {}),
  };
}
