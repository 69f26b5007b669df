import type { types } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOOKING_FOR } from '../../../adapters/slack/feedback.js';
import type { QuestionLogConfig } from '../../../src/question-log-config.js';
import { openDatabase } from '../../../src/services/question-log/database.js';
import { readSince } from '../../../src/services/question-log/queries.js';
import {
  createQuestionLog,
  logLocation,
  type QuestionLog,
} from '../../../src/services/question-log/question-log.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack-api.js';
import { capturedLogger, logConfig, scratchQuestionLog } from '../../helpers/question-log.js';
import { realBot } from '../../helpers/real-bot.js';
import {
  buttonClick,
  eventEnvelope,
  inChannel,
  postAction,
  postEvent,
} from '../../helpers/slack-requests.js';
import { startSlackServer } from '../../helpers/slack-server.js';

const mention = (text: string) => ({
  type: 'app_mention',
  user: 'U1',
  text: `<@UBOT> ${text}`,
  ts: '1700000000.000100',
  channel: 'C1',
  event_ts: '1700000000.000100',
});

type Server = Awaited<ReturnType<typeof startSlackServer>>;
let fake: FakeSlackApi;
let slack: Server;
let log: QuestionLog;
let closeLog: () => Promise<void>;
let logAt: QuestionLogConfig;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  ({ log, config: logAt, close: closeLog } = await scratchQuestionLog());
  slack = await startSlackServer(fake, {}, 'info', { questionLog: log });
});
afterAll(async () => {
  await slack?.server.stop();
  await fake?.close();
  await closeLog?.();
});
beforeEach(() => fake.reset());

/** The feedback element under the answer the bot posted last. */
async function feedbackElement(): Promise<types.FeedbackButtons> {
  const call = await waitFor(() => fake.callsTo('chat.postMessage')[0], 15_000, 'the answer');
  const blocks = call.body.blocks as types.KnownBlock[];
  const block = blocks.find((b): b is types.ContextActionsBlock => b.type === 'context_actions');
  const element = block?.elements[0];
  if (element?.type !== 'feedback_buttons') throw new Error('no feedback buttons under the answer');
  return element;
}

/** Slack's block_actions payload for a click on one of the feedback buttons. */
function feedbackClick(value: string, user: string) {
  const click = buttonClick(fake, 'answer-feedback', value, inChannel);
  const [action] = click.actions;
  return {
    ...click,
    user: { id: user, username: user, team_id: 'T1' },
    actions: [{ ...action, type: 'feedback_buttons' }],
  };
}

async function storedFeedback() {
  await log.flush();
  const db = await openDatabase(logLocation(logAt));
  try {
    return await readSince(db, '1970-01-01T00:00:00.000Z');
  } finally {
    await db.destroy();
  }
}

describe('Slack feedback buttons', () => {
  it('puts native feedback buttons under a mention’s answer, and records one click per person', async () => {
    await postEvent(slack.eventsUrl, eventEnvelope(mention('who handles GDPR?')));
    const element = await feedbackElement();
    expect(element.action_id).toBe('answer-feedback');
    const down = element.negative_button.value;
    const up = element.positive_button.value;

    const first = await postAction(slack.eventsUrl, feedbackClick(down, 'U2'));
    expect(first.status).toBe(200);
    // The thumbs-down is answered only to the person who clicked, with the suggestions.
    const reply = await waitFor(
      () => fake.callsTo('response_url')[0],
      15_000,
      'the ephemeral reply',
    );
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(reply.body.text)).toContain(LOOKING_FOR);
    for (const s of realBot().answer('who handles GDPR?').suggestions)
      expect(String(reply.body.text)).toContain(s.question);

    // The same person changes their mind; another person agrees.
    expect((await postAction(slack.eventsUrl, feedbackClick(up, 'U2'))).status).toBe(200);
    expect((await postAction(slack.eventsUrl, feedbackClick(up, 'U3'))).status).toBe(200);
    // One question and three clicks, written by the queue's next flushes.
    await waitFor(() => log.stats().written >= 4, 15_000, 'the writes');
    const rows = await storedFeedback();
    const [row] = rows;
    expect(rows).toHaveLength(1);
    expect(row).toMatchObject({ surface: 'slack-mention', question: 'who handles GDPR?' });
    expect(row?.feedback.map((f) => f.reaction).sort()).toEqual(['up', 'up']);
    expect(fake.callsTo('response_url')).toHaveLength(1);
  });
});

describe('a question log whose database is down', () => {
  it('still answers every question, and logs the failure once', async () => {
    const downFake = await startFakeSlackApi();
    const { logger, lines } = capturedLogger();
    // Nothing listens on loopback's port 9: every connection is refused.
    const down = await createQuestionLog(
      logConfig({ DATABASE_URL: 'postgres://eucanbot@127.0.0.1:9/none' }),
      logger,
      { flushMs: 20 },
    );
    const server = await startSlackServer(downFake, {}, 'info', { questionLog: down });
    try {
      for (const [i, q] of ['who leads WP1?', 'who leads WP2?', 'who leads WP3?'].entries())
        await postEvent(server.eventsUrl, eventEnvelope({ ...mention(q), ts: `17.${i}` }));
      await waitFor(
        () => downFake.callsTo('chat.postMessage').length >= 3,
        15_000,
        'three answers',
      );
      await down.flush();
      await down.flush();
      const failures = lines().filter((l) =>
        String(l.msg).startsWith('question log: writing failed'),
      );
      expect(failures).toHaveLength(1);
      expect(lines().filter((l) => l.level === 50)).toEqual(failures);
      expect(down.stats()).toMatchObject({ failing: true, written: 0 });
      const health = (await (await fetch(`${server.server.url}/healthz`)).json()) as {
        dropped: Record<string, number>;
      };
      expect(health.dropped).toHaveProperty('questionLog');
    } finally {
      await server.server.stop();
      await downFake.close();
    }
  });
});
