import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BlindExpectation, checkBlind, createPartnerResolver } from '../blind/blind-set.js';
import { realBot } from '../helpers/real-bot.js';

/**
 * Chat phrasings written for issue #11's families other than everyday words, to check that a
 * fix generalises beyond the blind set: different openings, slang, emoji, words about the asker
 * (role, team, institution, who sent them, holidays, being new) and off-topic requests that name
 * a partner or its city. Expectations were checked against data/eucanimage.json and use the
 * blind set's format, so the same checker judges them.
 */
const Phrasing = z.object({ family: z.string(), question: z.string(), expect: BlindExpectation });
const phrasings = z
  .array(Phrasing)
  .parse(
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../fixtures/chat-phrasings.json', import.meta.url)),
        'utf8',
      ),
    ),
  );

const bot = realBot();
const resolve = createPartnerResolver(bot.dataset);

describe('chat phrasings nobody tuned the bot on', () => {
  it.each(phrasings.map((p) => [p.family, p.question, p] as const))(
    '[%s] %s',
    (_family, _question, p) => {
      expect(checkBlind(bot.answer(p.question), p.expect, resolve)).toEqual([]);
    },
  );
});
