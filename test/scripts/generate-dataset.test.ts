import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-dataset.js';
import { createBot, findDatasetProblems } from '../../src/core/index.js';
import { PartnerKind } from '../../src/core/schema/dataset.js';

describe('generateDataset', () => {
  it.each([50, 1000])('builds a valid dataset of %i organisations', (organisations) => {
    const dataset = generateDataset(organisations, 42);
    expect(findDatasetProblems(dataset)).toEqual([]);
    expect(dataset.partners).toHaveLength(organisations);
    expect(new Set(dataset.partners.map((p) => p.acronym)).size).toBe(organisations);
    expect(new Set(dataset.partners.map((p) => p.name)).size).toBe(organisations);
    expect(dataset.workPackages.map((wp) => wp.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `WP${i + 1}`),
    );
    expect(dataset.workPackages.every((wp) => wp.leader !== null)).toBe(true);
    expect(dataset.partners.filter((p) => p.coordinator).map((p) => p.id)).toEqual([
      dataset.consortium.coordinator,
    ]);
    expect(dataset.synonyms).toHaveLength(40);
    for (const partner of dataset.partners) {
      expect(PartnerKind.options).toContain(partner.kind);
      expect(partner.roles.length).toBeGreaterThanOrEqual(1);
      expect(partner.roles.length).toBeLessThanOrEqual(4);
      for (const role of partner.roles) {
        expect(role.keywords.length).toBeGreaterThanOrEqual(3);
        expect(role.keywords.length).toBeLessThanOrEqual(8);
        expect(role.source).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it.each([1, 2, 12, 13])('stays valid for a tiny consortium of %i', (organisations) => {
    expect(findDatasetProblems(generateDataset(organisations, 5))).toEqual([]);
  });

  it('is deterministic: the same seed gives the same JSON', () => {
    expect(JSON.stringify(generateDataset(200, 7))).toBe(JSON.stringify(generateDataset(200, 7)));
  });

  it('gives a different dataset for a different seed', () => {
    expect(JSON.stringify(generateDataset(200, 7))).not.toBe(
      JSON.stringify(generateDataset(200, 8)),
    );
  });

  it('rejects a non-positive organisation count', () => {
    expect(() => generateDataset(0, 1)).toThrow(RangeError);
  });

  it('lets the bot find the partner that works on a generated topic among 1,000', () => {
    const dataset = generateDataset(1000, 3);
    const bot = createBot(dataset);
    const owners = new Map<string, Set<string>>();
    for (const partner of dataset.partners)
      for (const role of partner.roles)
        for (const keyword of role.keywords)
          owners.set(keyword, (owners.get(keyword) ?? new Set()).add(partner.id));
    // Keywords only one partner has: the answer lists at most eight, so the partner must be there.
    // The coordinator is left out: its "coordinator" keyword asks for the coordinator, not a topic.
    const picks = dataset.partners
      .filter((partner) => !partner.coordinator)
      .flatMap((partner) => partner.roles.map((role) => ({ partner, keyword: role.keywords[0] })))
      .filter((pick) => pick.keyword !== undefined && owners.get(pick.keyword)?.size === 1)
      .slice(0, 5);
    expect(picks).toHaveLength(5);
    for (const { partner, keyword } of picks) {
      const answer = bot.answer(`Who works on ${keyword}?`);
      expect(answer.intent, keyword).toBe('topic');
      expect(
        answer.partners.map((p) => p.id),
        keyword,
      ).toContain(partner.id);
    }
  });
});
