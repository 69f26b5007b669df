import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

/** One request of the load, built and signed before the clock starts. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Where its one reply is expected (thread, response_url id, activity id); none for repeats. */
  replyKey: string | undefined;
}

/** The golden set's questions: real phrasing, typos and out-of-scope questions mixed. */
export function loadQuestions(): string[] {
  const file = path.join(PACKAGE_ROOT, 'test', 'golden', 'golden-set.json');
  const golden = JSON.parse(readFileSync(file, 'utf8')) as { q: string }[];
  return golden.map((g) => g.q);
}

/** Slack's request signature over `v0:timestamp:body`. */
function slackHeaders(body: string, secret: string, type: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return {
    'content-type': type,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${digest}`,
  };
}

/** What the Slack requests need to know: the secret, and where response_urls should point. */
export interface SlackTarget {
  signingSecret: string;
  responseUrl: (id: string) => string;
}

/**
 * Slack traffic: two mentions (answered in their thread) for each slash command (answered on its
 * response_url), and every 20th request a retry of an earlier event, which must not be answered.
 */
export function slackRequests(
  round: string,
  count: number,
  questions: readonly string[],
  target: SlackTarget,
): LoadRequest[] {
  const out: LoadRequest[] = [];
  for (let i = 0; i < count; i++) {
    const question = questions[i % questions.length] ?? 'help';
    const id = `${round}-${i}`;
    if (
      i % 20 === 19 &&
      out[i - 5]?.path === '/slack/events' &&
      out[i - 5]?.replyKey?.startsWith('T')
    ) {
      const earlier = out[i - 5] as LoadRequest;
      const headers = {
        ...earlier.headers,
        'x-slack-retry-num': '1',
        'x-slack-retry-reason': 'http_timeout',
      };
      out.push({ ...earlier, headers, replyKey: undefined });
    } else if (i % 3 === 2) {
      const body = new URLSearchParams({
        command: '/eucan',
        text: question,
        team_id: 'T1',
        channel_id: 'C1',
        user_id: `U${i % 500}`,
        response_url: target.responseUrl(id),
        trigger_id: id,
        api_app_id: 'A1',
      }).toString();
      out.push({
        path: '/slack/events',
        headers: slackHeaders(body, target.signingSecret, 'application/x-www-form-urlencoded'),
        body,
        replyKey: `R${id}`,
      });
    } else {
      // A thread per question: the label's character codes keep the rounds' threads apart.
      const label = [...round].map((c) => c.charCodeAt(0)).join('');
      const ts = `${1_700_000_000 + i}.${label.slice(-6).padStart(6, '0')}`;
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        api_app_id: 'A1',
        event_id: `Ev${id}`,
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: 'app_mention',
          user: `U${i % 500}`,
          text: `<@UBOT> ${question}`,
          ts,
          channel: 'C1',
          event_ts: ts,
        },
      });
      out.push({
        path: '/slack/events',
        headers: slackHeaders(body, target.signingSecret, 'application/json'),
        body,
        replyKey: `T${ts}`,
      });
    }
  }
  return out;
}

/** Teams traffic to the anonymous endpoint; every 25th activity is delivered twice. */
export function teamsRequests(
  round: string,
  count: number,
  questions: readonly string[],
  serviceUrl: string,
): LoadRequest[] {
  const out: LoadRequest[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 25 === 24 && out[i - 3]?.replyKey !== undefined) {
      out.push({ ...(out[i - 3] as LoadRequest), replyKey: undefined });
      continue;
    }
    const id = `act-${round}-${i}`;
    const body = JSON.stringify({
      type: 'message',
      id,
      timestamp: new Date().toISOString(),
      serviceUrl,
      channelId: 'msteams',
      from: { id: `29:user-${i % 500}`, name: 'Load Tester', aadObjectId: `aad-${i % 500}` },
      conversation: { id: `a:conv-${i % 500}`, conversationType: 'personal' },
      recipient: { id: '28:eucanbot', name: 'eucanbot' },
      text: questions[i % questions.length] ?? 'help',
      textFormat: 'plain',
      locale: 'en-US',
    });
    out.push({
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      body,
      replyKey: id,
    });
  }
  return out;
}
