import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const { dataset } = bot;
const leaderOf = new Map(dataset.workPackages.map((wp) => [wp.id, wp.leader]));

describe('work-package leadership', () => {
  const questions = dataset.workPackages.flatMap((wp) => [
    `who leads ${wp.id}?`,
    `who is in charge of ${wp.id}`,
    `who's the lead partner for ${wp.id}`,
    `who is in ${wp.id}?`,
    ...dataset.partners.slice(0, 6).map((p) => `does ${p.acronym} lead ${wp.id}?`),
  ]);

  it('never tags a role as leading a work package whose named leader is another partner', () => {
    const contradictions = questions.flatMap((q) =>
      bot
        .answer(q)
        .partners.flatMap((p) =>
          p.roles
            .filter((r) => r.lead && r.wp !== null && leaderOf.get(r.wp) !== p.id)
            .map((r) => `${q}: ${p.id} tagged lead of ${r.wp}`),
        ),
    );
    expect(contradictions).toEqual([]);
  });

  it('answers every work package without a named leader the same way: says so, lists members', () => {
    for (const wp of dataset.workPackages.filter((w) => w.leader === null)) {
      const answer = bot.answer(`who leads ${wp.id}?`);
      expect(answer.headline).toMatch(
        new RegExp(`names no leader for ${wp.id}\\. \\d+ partners? work in it:`),
      );
      const members = new Set(
        dataset.partners.filter((p) => p.roles.some((r) => r.wp === wp.id)).map((p) => p.id),
      );
      expect(new Set(answer.partners.map((p) => p.id))).toEqual(members);
    }
  });
});
