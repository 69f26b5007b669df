import { describe, expect, it } from 'vitest';
import { TEAMS_LIMITS } from '../../../adapters/teams/limits.js';
import { renderChatAnswer } from '../../../adapters/teams/render-chat.js';
import { generateDataset } from '../../../scripts/generate-dataset.js';
import { createBot } from '../../../src/core/index.js';
import { realBot } from '../../helpers/real-bot.js';
import { expectValidCitations } from './helpers/citations.js';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, useTeamsServer } from './helpers/teams-server.js';

const t = useTeamsServer();

/** Posts one message and returns the one activity the bot sent back, as the connector got it. */
async function ask(place: 'personal-chat' | 'group-chat' | 'channel-mention', question: string) {
  const text = place === 'personal-chat' ? question : `<at>eucanbot</at> ${question}`;
  const res = await postActivity(t.server.url, teamsActivity(place, t.connector.url, { text }));
  expect(res.status).toBe(200);
  expect(t.connector.calls).toHaveLength(1);
  return t.connector.calls[0]?.body ?? {};
}

describe('Teams citations in chats', () => {
  it('cites each quoted sentence in a personal chat, with the partner as its title', async () => {
    const answer = realBot().answer('who handles anonymisation?');
    const body = await ask('personal-chat', 'who handles anonymisation?');
    const citations = expectValidCitations(body, answer);
    expect(citations).toHaveLength(2);
    expect(String(body.text)).toContain(
      'WP4, lead: Leads the definition and implementation of methods for data anonymisation, curation, annotation and enhancement [1]',
    );
    expect(citations[0]?.appearance).toEqual({
      '@type': 'DigitalDocument',
      name: 'UAMS/TCIA · University of Arkansas for Medical Sciences',
      abstract:
        'UAMS/TCIA leads WP4 that will define and implement the methods for data anonymisation, curation, annotation and enhancement.',
      keywords: ['WP4', 'Lead', 'United States of America'],
    });
    expect(citations[1]?.appearance.name).toBe('EMC · Erasmus MC');
    // The quotes are citations now, not lines of the text.
    expect(String(body.text)).not.toContain('“');
  });

  it('cites in a group chat too, one number for a sentence that backs several roles', async () => {
    const answer = realBot().answer('what does UB do?');
    const body = await ask('group-chat', 'what does UB do?');
    const citations = expectValidCitations(body, answer);
    // Three roles come from UB's first sentence: all three lines point at the same citation.
    expect(String(body.text).match(/\[1\]/g)).toHaveLength(3);
    expect(citations[0]?.appearance.abstract).toMatch(/^UB is the Project Coordinator/);
  });

  it('keeps cards with their quotes in channels, and no citations', async () => {
    const body = await ask('channel-mention', 'who handles anonymisation?');
    expect(body.entities ?? []).toEqual([]);
    expect(body.text).toBeUndefined();
    expect(JSON.stringify(body.attachments)).toContain('“UAMS/TCIA leads WP4');
  });
});

describe('the chat renderer', () => {
  it('cites no more sentences than Teams shows, and quotes the rest in the text', () => {
    // A generated consortium's work package has 25 partners and 27 sentences behind them.
    const bot = createBot(generateDataset(300, 42));
    const answer = bot.answer('who is in WP2');
    const message = renderChatAnswer(answer, { full: true });
    const citations = expectValidCitations(message as unknown as Record<string, unknown>, answer);
    expect(citations).toHaveLength(TEAMS_LIMITS.maxCitations);
    const inline = message.text.match(/\n {2}> “/g) ?? [];
    expect(inline.length).toBeGreaterThan(0);
  });

  it('shows the buttons on a card under the text: Show all first', () => {
    const message = renderChatAnswer(realBot().answer('who is in WP2'));
    const card = message.attachments?.[0].content;
    expect(card?.body).toEqual([]);
    expect(card?.actions[0]?.data).toMatchObject({ question: 'who is in WP2', full: true });
    expect(message.summary).toBe(
      '9 partners work in WP2. WP2 is led by GUMed (Medical University of Gdansk).',
    );
  });

  it('lets no tag or link of the question through', () => {
    const message = renderChatAnswer(
      realBot().answer('who handles <at>Bob</at> [x](http://e.vil)?'),
    );
    expect(message.text).not.toMatch(/<at|\]\(/);
  });

  it('has no citation where nothing is quoted', () => {
    const message = renderChatAnswer(realBot().answer('list all partners'));
    expect(message.entities).toBeUndefined();
    expect(message.text).not.toMatch(/\[\d+\]/);
  });
});
