import { describe, expect, it } from 'vitest';
import { LEAD_MARKER } from '../../../adapters/teams/answer-parts.js';
import type { AdaptiveCard, CardMessage } from '../../../adapters/teams/card-types.js';
import { renderAnswer } from '../../../adapters/teams/render.js';
import { renderChatAnswer } from '../../../adapters/teams/render-chat.js';
import { realBot } from '../../helpers/real-bot.js';
import { expectValidCitations } from './helpers/citations.js';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, useTeamsServer } from './helpers/teams-server.js';

const t = useTeamsServer();

function onlyCard(): { card: AdaptiveCard; body: Record<string, unknown> } {
  expect(t.connector.calls).toHaveLength(1);
  const body = t.connector.calls[0]?.body as unknown as CardMessage & Record<string, unknown>;
  expect(body.attachments).toHaveLength(1);
  expect(body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  return { card: body.attachments[0].content, body };
}

function cardText(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}

/** The one chat answer posted: its Markdown text, its buttons' card, its citations. */
function onlyChatAnswer(): { text: string; card: AdaptiveCard; body: Record<string, unknown> } {
  const { card, body } = onlyCard();
  // In a chat the card carries only the buttons; the answer is the text, its quotes citations.
  expect(card.body).toEqual([]);
  expect(body.textFormat).toBe('markdown');
  return { text: String(body.text), card, body };
}

describe('Teams endpoint, anonymous local development', () => {
  it('runs anonymously on loopback and says so in the log', () => {
    expect(t.server.decision.mode).toBe('anonymous-dev');
    const warning = t.server.logs.find((l) => l.msg.includes('Teams endpoint listening'));
    expect(warning?.level).toBe(40);
    expect(String(warning?.reason)).toMatch(/local development/);
  });

  it('answers a channel @mention as a reply in its thread, stripping only the bot mention', async () => {
    const activity = teamsActivity('channel-mention', t.connector.url, { id: '1709547330123' });
    const res = await postActivity(t.server.url, activity);
    expect(res.status).toBe(200);
    const call = t.connector.calls[0];
    expect(call?.conversationId).toBe(
      '19:3f2c8a1e5b7d4c9fa0b1c2d3e4f5a6b7@thread.tacv2;messageid=1709547330123',
    );
    expect(call?.replyToId).toBe('1709547330123');
    expect(call?.body.replyToId).toBe('1709547330123');
    // Alice's mention stays in the question as her name; the reply is the card for exactly that.
    const asked = t.server.logs.find((l) => l.msg === 'message handled');
    expect(asked).toMatchObject({ adapter: 'teams', surface: 'channel', delivered: true });
    expect(asked?.question).toBe('who leads WP5? cc Alice Martin');
    const expected = renderAnswer(realBot().answer('who leads WP5? cc Alice Martin'));
    expect(onlyCard().card).toEqual(expected.attachments[0].content);
  });

  it('answers the question after the mention', async () => {
    const activity = teamsActivity('channel-mention', t.connector.url, {
      text: '<at>eucanbot</at> who leads WP5?',
    });
    expect((await postActivity(t.server.url, activity)).status).toBe(200);
    const text = cardText(onlyCard().card);
    expect(text).toContain('University of Barcelona');
    expect(text).toContain(LEAD_MARKER);
  });

  it('answers in a personal chat', async () => {
    const res = await postActivity(t.server.url, teamsActivity('personal-chat', t.connector.url));
    expect(res.status).toBe(200);
    expect(t.connector.calls[0]?.conversationId).toMatch(/^a:1Xq8/);
    const { text, body } = onlyChatAnswer();
    for (const acronym of ['UB', 'BSC', 'CRG', 'UPV/EHU', 'FCRB']) expect(text).toContain(acronym);
    expectValidCitations(body);
  });

  it('answers in a group chat', async () => {
    const res = await postActivity(t.server.url, teamsActivity('group-chat', t.connector.url));
    expect(res.status).toBe(200);
    expect(t.connector.calls[0]?.conversationId).toBe(
      '19:b7a6c5d4e3f24a1b9c8d7e6f5a4b3c2d@thread.v2',
    );
    const { text, body } = onlyChatAnswer();
    expect(text).toMatch(/gdpr/i);
    expect(expectValidCitations(body).length).toBeGreaterThan(0);
  });

  it('sends an Adaptive Card 1.5 with facts, roles, lead marker, source quote, buttons and fallback', async () => {
    const activity = teamsActivity('channel-mention', t.connector.url, {
      text: '<at>eucanbot</at> What does UB do?',
    });
    await postActivity(t.server.url, activity);
    const { card, body } = onlyCard();
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    const text = cardText(card);
    expect(text).toContain('"title":"Country","value":"Spain"');
    expect(text).toContain('"title":"Leads","value":"WP5"');
    expect(text).toContain(`**WP5** · ${LEAD_MARKER} — `);
    expect(text).toMatch(
      /"type":"TextRun","text":"“UB is the Project Coordinator[^"]*”","italic":true,"isSubtle":true/,
    );
    expect(card.actions.length).toBeGreaterThan(0);
    for (const action of card.actions) {
      expect(action.type).toBe('Action.Submit');
      expect(action.data.msteams).toEqual({
        type: 'messageBack',
        text: action.data.question,
        displayText: `${action.data.full ? 'Show all: ' : ''}${action.data.question}`,
      });
    }
    expect(card.fallbackText).toContain('University of Barcelona');
    expect(String(body.summary)).toContain('UB');
  });

  it('answers the question of a suggestion button (round trip through messageBack)', async () => {
    await postActivity(
      t.server.url,
      teamsActivity('personal-chat', t.connector.url, { text: 'What does UB do?' }),
    );
    const button = onlyChatAnswer().card.actions.find((a) => /WP\d/.test(a.data.question));
    if (!button) throw new Error('no work-package suggestion on the card');
    t.connector.calls.length = 0;
    // What Teams posts for a messageBack button: its text, and the data without `msteams` as value.
    const { msteams, ...value } = button.data;
    const click = teamsActivity('personal-chat', t.connector.url, {
      id: '1709547999000',
      text: msteams.text,
      value,
    });
    expect((await postActivity(t.server.url, click)).status).toBe(200);
    const expected = renderChatAnswer(realBot().answer(value.question));
    const { body } = onlyChatAnswer();
    expect({ text: body.text, entities: body.entities }).toEqual({
      text: expected.text,
      entities: expected.entities,
    });
  });

  it('answers compactly, and Show all in full (round trip through messageBack)', async () => {
    const question = 'who is in WP2';
    const answer = realBot().answer(question);
    await postActivity(
      t.server.url,
      teamsActivity('personal-chat', t.connector.url, { text: question }),
    );
    const compact = onlyChatAnswer();
    const shown = (text: string) =>
      answer.partners.filter((p) => text.includes(`**${p.acronym}** ${p.name}`));
    expect(shown(compact.text)).toEqual(answer.partners.slice(0, 3));
    expect(compact.text).toContain(
      `Also: ${answer.partners
        .slice(3)
        .map((p) => p.acronym)
        .join(', ')}.`,
    );
    expectValidCitations(compact.body, answer);
    const showAll = compact.card.actions.find((a) => a.data.full === true);
    if (!showAll) throw new Error('no Show all button on the card');
    t.connector.calls.length = 0;
    const { msteams, ...value } = showAll.data;
    const click = teamsActivity('personal-chat', t.connector.url, { text: msteams.text, value });
    expect((await postActivity(t.server.url, click)).status).toBe(200);
    const full = onlyChatAnswer();
    expect(shown(full.text)).toEqual(answer.partners);
    expect(full.card.actions.some((a) => a.data.full)).toBe(false);
    expect(expectValidCitations(full.body, answer).length).toBe(9);
  });

  it('answers a card submit that carries only value.question (Emulator, Agents Playground)', async () => {
    const click = teamsActivity('personal-chat', t.connector.url, {
      text: undefined,
      value: { question: 'Who is in WP2?' },
    });
    expect((await postActivity(t.server.url, click)).status).toBe(200);
    expect(onlyChatAnswer().text).toContain('GUMed');
  });

  it('welcomes a team once when the bot is added, as a new message in the channel', async () => {
    const res = await postActivity(
      t.server.url,
      teamsActivity('bot-added-to-team', t.connector.url),
    );
    expect(res.status).toBe(200);
    const call = t.connector.calls[0];
    expect(call?.conversationId).toBe('19:9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b@thread.tacv2');
    expect(call?.replyToId).toBeUndefined();
    const text = cardText(onlyCard().card);
    expect(text).toContain('EuCanImage');
    expect(text).toMatch(/"title":"WP1","value":"led by LYN/);
    expect(text).toContain('@mention me');
  });

  it('sends one welcome when a personal install adds the bot and the person together', async () => {
    await postActivity(t.server.url, teamsActivity('personal-install', t.connector.url));
    expect(onlyCard().card.actions.length).toBeGreaterThan(0);
  });

  it.each([
    ['typing', { type: 'typing' }],
    ['a reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }],
    ['an unknown type', { type: 'somethingNew' }],
    ['a conversationUpdate without new members', { type: 'conversationUpdate', membersAdded: [] }],
  ])('acknowledges %s without a reply', async (_name, overrides) => {
    const activity = {
      ...teamsActivity('personal-chat', t.connector.url),
      text: undefined,
      ...overrides,
    };
    const res = await postActivity(t.server.url, activity);
    expect(res.status).toBeLessThan(300);
    expect(t.connector.calls).toHaveLength(0);
  });
});
