import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_LIMITS } from '../../../adapters/teams/limits.js';
import { generateDataset } from '../../../scripts/generate-dataset.js';
import { type Bot, createBot } from '../../../src/core/index.js';
import { loadGoldenSet } from '../../golden/golden-set.js';
import { realBot } from '../../helpers/real-bot.js';
import { expectValidCitations } from './helpers/citations.js';
import { type FakeConnector, startFakeConnector } from './helpers/fake-connector.js';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, startTeamsServer, type TeamsServer } from './helpers/teams-server.js';

/** Answers of the golden set whose full text is longest: the ones that came near the limit. */
const LONGEST = 12;

/** Where an answer goes: a channel gets a card, a personal chat text with citations. */
type Place = 'channel-mention' | 'personal-chat';

/** A message from someone whose name and ids are long: the addressing weighs the most. */
function heavyActivity(
  connector: FakeConnector,
  value: Record<string, unknown>,
  i: number,
  place: Place,
) {
  const activity = teamsActivity(place, connector.url, { id: `size-${i}` });
  const from = activity.from as Record<string, unknown>;
  const conversation = activity.conversation as Record<string, unknown>;
  return {
    ...activity,
    text: undefined,
    value,
    from: { ...from, name: `${'Maria-Fernanda de los Ángeles '.repeat(8)}`.trim() },
    conversation: { ...conversation, id: `${String(conversation.id)};${'x'.repeat(400)}` },
  };
}

/**
 * Teams' limit less the headroom kept: the addressing is measured with the SDK's own functions,
 * so the headroom is never needed for what the SDK adds (type, summary and attachments are ours;
 * locale, serviceUrl, conversation, from, recipient, replyToId and channelId are its).
 */
const WITHIN = TEAMS_LIMITS.maxPayloadBytes - TEAMS_LIMITS.sendHeadroom;

/** Teams' count of a posted body: its JSON as UTF-16, two bytes a code unit. */
function wireBytes(raw: string): number {
  return raw.length * 2;
}

interface Sent {
  question: string;
  full: boolean;
  place: Place;
  bytes: number;
}

/**
 * Asks each question compactly and with Show all, in a channel and in a personal chat, and
 * measures every activity posted; a chat's citations are checked as Teams would.
 */
async function sendAll(
  server: TeamsServer,
  connector: FakeConnector,
  questions: readonly string[],
): Promise<Sent[]> {
  const sent: Sent[] = [];
  let i = 0;
  for (const question of questions)
    for (const place of ['channel-mention', 'personal-chat'] as const)
      for (const full of [false, true]) {
        connector.calls.length = 0;
        const value = full ? { question, full: true } : { question };
        const res = await postActivity(server.url, heavyActivity(connector, value, i++, place));
        expect(res.status, question).toBe(200);
        expect(connector.calls, question).toHaveLength(1);
        const [call] = connector.calls;
        if (place === 'personal-chat') expectValidCitations(call?.body ?? {});
        sent.push({ question, full, place, bytes: wireBytes(call?.rawBody ?? '') });
      }
  return sent;
}

/** The questions whose answers are longest: the ones that come nearest the limit. */
function longestOf(bot: Bot, questions: readonly string[]): string[] {
  return questions
    .map((q) => ({ q, length: bot.answer(q).text.length }))
    .sort((a, b) => b.length - a.length)
    .slice(0, LONGEST)
    .map((c) => c.q);
}

function describeSizes(what: string, sent: readonly Sent[]): string {
  const sizes = sent.map((s) => s.bytes).sort((a, b) => a - b);
  const largest = sent.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return `${what}: ${sent.length} activities, median ${sizes[Math.floor(sizes.length / 2)]} B, largest ${largest.bytes} B (${JSON.stringify(largest.question)}${largest.full ? ', Show all' : ''}, ${largest.place}); limit ${TEAMS_LIMITS.maxPayloadBytes} B`;
}

describe('Teams messages as posted by the SDK', () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(() => connector?.close());

  /** Serves `bot` on Teams, asks each question compactly and in full, and checks every post. */
  async function expectWithinLimit(what: string, bot: Bot, questions: readonly string[]) {
    const server = await startTeamsServer({}, { bot });
    try {
      const sent = await sendAll(server, connector, questions);
      // biome-ignore lint/suspicious/noConsole: the figure goes into docs/RELIABILITY.md.
      console.info(describeSizes(what, sent));
      for (const s of sent) expect(s.bytes, s.question).toBeLessThanOrEqual(WITHIN);
    } finally {
      await server.close();
    }
  }

  it('stay within the size Teams accepts for the longest answers of the real dataset', async () => {
    const bot = realBot();
    const longest = longestOf(
      bot,
      loadGoldenSet().map((c) => c.q),
    );
    const questions = ['list all partners', 'who is in WP2', 'list work packages', ...longest];
    await expectWithinLimit('real dataset', bot, questions);
  }, 20_000);

  it('stay within it for a generated consortium of 10,000 organisations', async () => {
    const bot = createBot(generateDataset(10_000, 42));
    // Topic answers list eight partners with all their roles: the longest of them come nearest
    // the limit, and were cut to just under it before the SDK added the addressing.
    const keywords = new Set(
      bot.dataset.partners.slice(0, 300).flatMap((p) => p.roles.flatMap((r) => r.keywords)),
    );
    const topics = longestOf(
      bot,
      [...keywords].slice(0, 150).map((k) => `who works on ${k}`),
    );
    const acronym = bot.dataset.partners[0]?.acronym ?? '';
    const questions = ['list all partners', 'who is in WP2', `what does ${acronym} do`, ...topics];
    await expectWithinLimit('10,000 organisations', bot, questions);
  }, 20_000);
});
