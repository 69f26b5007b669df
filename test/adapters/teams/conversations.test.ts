import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryConversationStore } from '../../../src/services/conversation-store.js';
import { type FakeConnector, startFakeConnector } from './helpers/fake-connector.js';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, startTeamsServer, type TeamsServer } from './helpers/teams-server.js';

let connector: FakeConnector;
let server: TeamsServer;

beforeAll(async () => {
  connector = await startFakeConnector();
  server = await startTeamsServer({}, { conversations: createMemoryConversationStore() });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
});
beforeEach(() => {
  connector.calls.length = 0;
});

/** Posts one message and returns the text of the card sent back. */
async function ask(activity: Record<string, unknown>): Promise<string> {
  const res = await postActivity(server.url, activity);
  expect(res.status).toBe(200);
  const call = connector.calls.at(-1);
  expect(call).toBeDefined();
  return JSON.stringify(call?.body);
}

const personal = (text: string, conversation = 'a:personal-1') =>
  teamsActivity('personal-chat', connector.url, {
    text,
    conversation: { conversationType: 'personal', id: conversation },
  });

const channelReply = (text: string, root: string) =>
  teamsActivity('channel-mention', connector.url, {
    text: `<at>eucanbot</at> ${text}`,
    conversation: {
      isGroup: true,
      conversationType: 'channel',
      id: `19:3f2c8a1e5b7d4c9fa0b1c2d3e4f5a6b7@thread.tacv2;messageid=${root}`,
    },
  });

describe('Teams: follow-up questions in a conversation', () => {
  it('follows up in a personal chat', async () => {
    await ask(personal('who leads WP4?'));
    expect(await ask(personal('and who else is in it?'))).toContain(
      '4 partners working in WP4, other than UAMS/TCIA',
    );
    expect(await ask(personal('which of them are in Spain?'))).toContain(
      '1 partner in Spain, working in WP4',
    );
  });

  it('keeps each conversation apart: chats and channel reply chains', async () => {
    await ask(personal('which partners are in Germany?', 'a:personal-2'));
    await ask(channelReply('who is in WP6?', '1709547330001'));
    await ask(channelReply('who is in WP5?', '1709547330002'));
    expect(await ask(personal('the second one?', 'a:personal-2'))).toContain(
      'The 2nd one: **SIE**',
    );
    expect(await ask(channelReply('who leads it?', '1709547330001'))).toContain(
      'names no leader for WP6',
    );
    expect(await ask(channelReply('who leads it?', '1709547330002'))).toContain(
      'WP5 is led by **UB**',
    );
  });

  it('follows up from a card button, whose question arrives as a message value', async () => {
    await ask(personal('who handles GDPR?', 'a:personal-3'));
    const clicked = teamsActivity('personal-chat', connector.url, {
      text: undefined,
      value: { question: 'and in Spain?' },
      conversation: { conversationType: 'personal', id: 'a:personal-3' },
    });
    expect((await ask(clicked)).toLowerCase()).toContain('1 partner in spain on gdpr');
  });
});
