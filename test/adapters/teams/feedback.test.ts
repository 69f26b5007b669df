import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionSet, CardMessage } from '../../../adapters/teams/card-types.js';
import type { QuestionLogConfig } from '../../../src/question-log-config.js';
import { openDatabase } from '../../../src/services/question-log/database.js';
import { readSince } from '../../../src/services/question-log/queries.js';
import { logLocation, type QuestionLog } from '../../../src/services/question-log/question-log.js';
import { waitFor } from '../../helpers/fake-slack-api.js';
import { scratchQuestionLog } from '../../helpers/question-log.js';
import { type FakeConnector, startFakeConnector } from './helpers/fake-connector.js';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, startTeamsServer, type TeamsServer } from './helpers/teams-server.js';

let connector: FakeConnector;
let server: TeamsServer;
let log: QuestionLog;
let closeLog: () => Promise<void>;
let logAt: QuestionLogConfig;

beforeAll(async () => {
  connector = await startFakeConnector();
  ({ log, config: logAt, close: closeLog } = await scratchQuestionLog());
  server = await startTeamsServer({}, { questionLog: log });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
  await closeLog?.();
});
beforeEach(() => {
  connector.calls.length = 0;
});

function reply(): CardMessage & { channelData?: unknown } {
  const body = connector.calls.at(-1)?.body as unknown as CardMessage & { channelData?: unknown };
  if (!body) throw new Error('no reply');
  return body;
}

async function stored() {
  await log.flush();
  const db = await openDatabase(logLocation(logAt));
  try {
    return await readSince(db, '1970-01-01T00:00:00.000Z');
  } finally {
    await db.destroy();
  }
}

/** Teams' invoke when someone submits the feedback loop's dialog on our reply. */
function feedbackInvoke(replyToId: string, reaction: 'like' | 'dislike', text?: string) {
  return teamsActivity('personal-chat', connector.url, {
    type: 'invoke',
    name: 'message/submitAction',
    text: undefined,
    replyToId,
    value: {
      actionName: 'feedback',
      actionValue: {
        reaction,
        feedback: JSON.stringify(text === undefined ? {} : { feedbackText: text }),
      },
    },
  });
}

describe('Teams feedback', () => {
  it('turns the native feedback loop on in a personal chat and records the submitted feedback', async () => {
    const question = teamsActivity('personal-chat', connector.url, { text: 'who handles GDPR?' });
    expect((await postActivity(server.url, question)).status).toBe(200);
    expect(reply().channelData).toEqual({ feedbackLoopEnabled: true });
    // The fake connector gives its replies ids reply-1, reply-2, …
    const replyId = `reply-${connector.calls.length}`;

    const dislike = await postActivity(
      server.url,
      feedbackInvoke(replyId, 'dislike', 'I wanted the DPO'),
    );
    expect(dislike.status).toBe(200);
    // A second submission by the same person changes the first.
    const like = await postActivity(server.url, feedbackInvoke(replyId, 'like'));
    expect(like.status).toBe(200);
    await waitFor(() => log.stats().written >= 3, 15_000, 'the writes');
    const [row] = (await stored()).filter((r) => r.question === 'who handles GDPR?');
    expect(row).toMatchObject({ surface: 'teams-personal' });
    expect(row?.feedback).toEqual([
      expect.objectContaining({ reaction: 'up', comment: 'I wanted the DPO' }),
    ]);
  });

  it('puts two small buttons under an answer in a channel, and acknowledges a click', async () => {
    const mention = teamsActivity('channel-mention', connector.url);
    expect((await postActivity(server.url, mention)).status).toBe(200);
    const message = reply();
    expect(message.channelData).toBeUndefined();
    const set = message.attachments[0].content.body.at(-1) as ActionSet;
    expect(set.type).toBe('ActionSet');
    expect(set.actions.map((a) => a.title)).toEqual(['👍', '👎']);
    const down = set.actions[1];
    const click = teamsActivity('channel-mention', connector.url, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: down?.verb, data: down?.data } },
    });
    const response = await postActivity(server.url, click);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    const before = log.stats().written;
    await waitFor(() => log.stats().written > before, 15_000, 'the writes');
    const row = (await stored()).find((r) => r.id === down?.data.answerId);
    expect(row).toMatchObject({ surface: 'teams-channel' });
    expect(row?.feedback.map((f) => f.reaction)).toEqual(['down']);
  });

  it('still refuses other invokes with 400', async () => {
    const other = teamsActivity('personal-chat', connector.url, {
      type: 'invoke',
      name: 'message/submitAction',
      value: { actionName: 'something-else' },
    });
    expect((await postActivity(server.url, other)).status).toBe(400);
  });
});
