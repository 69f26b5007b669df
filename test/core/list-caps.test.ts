import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-dataset.js';
import { type Filters, filterPartners } from '../../src/core/answer/filter-partners.js';
import { MAX_LISTED } from '../../src/core/answer/parts.js';
import { createBot, parseDataset } from '../../src/core/index.js';

const dataset = parseDataset(generateDataset(300, 7), 'generated 300');
const bot = createBot(dataset);

describe('long lists', () => {
  it('shows the first members of a large work package and counts the rest', () => {
    const members = dataset.partners.filter((p) => p.roles.some((r) => r.wp === 'WP3'));
    expect(members.length).toBeGreaterThan(MAX_LISTED);
    const answer = bot.answer('Who is in WP3?');
    expect(answer.partners).toHaveLength(MAX_LISTED);
    expect(answer.text).toContain(`${members.length} partners work in WP3`);
    expect(answer.text).toContain(`…and ${members.length - MAX_LISTED} more in WP3.`);
    const leader = dataset.workPackages.find((wp) => wp.id === 'WP3')?.leader;
    expect(answer.partners[0]?.id).toBe(leader);
  });

  it('lists the first partners of a large consortium and counts the rest', () => {
    const answer = bot.answer('List all partners');
    expect(answer.intent).toBe('list-partners');
    expect(answer.partners).toHaveLength(MAX_LISTED);
    expect(answer.text).toContain(`has ${dataset.partners.length} partners`);
    expect(answer.text).toContain(`…and ${dataset.partners.length - MAX_LISTED} more.`);
  });

  it("understands the dataset's own relations to a parent", () => {
    const affiliated = dataset.partners.filter((p) => p.parent?.relation === 'affiliated entity');
    expect(affiliated.length).toBeGreaterThan(1);
    const answer = bot.answer('which partners are affiliated entities?');
    expect(answer.intent).toBe('partners-filter');
    expect(answer.partners.map((p) => p.id)).toEqual(affiliated.map((p) => p.id).slice(0, 8));
    expect(answer.text).toContain(`${affiliated.length} affiliated entities:`);
    expect(answer.text).toMatch(/ is an affiliated entity of /);
    expect(bot.answer('help').text).toMatch(
      /which partner is an? (linked third party|affiliated entity|third party)/,
    );
  });

  it('filters partners as a scan of every partner would', () => {
    const countries = [
      ...new Set(dataset.partners.map((p) => bot.index.countryOfPartner.get(p.id))),
    ];
    const none = { countries: [], kinds: [], relations: [], workPackages: [] };
    const cases: Filters[] = [
      { ...none, countries: countries.slice(0, 2) as string[] },
      { ...none, kinds: ['university'], workPackages: ['WP2', 'WP5'] },
      { ...none, countries: countries.slice(0, 1) as string[], workPackages: ['WP1'] },
      { ...none, countries: countries.slice(1, 3) as string[], kinds: ['hospital', 'company'] },
      { ...none, relations: ['third party', 'affiliated entity'] },
      { ...none, relations: ['linked third party'], kinds: ['university', 'hospital'] },
      {
        ...none,
        kinds: ['university'],
        excluded: {
          countries: countries.slice(0, 2) as string[],
          places: [],
          kinds: [],
          partners: [],
          workPackages: [],
          topics: [],
        },
      },
      {
        ...none,
        excluded: {
          countries: [],
          places: [],
          kinds: ['company'],
          partners: [dataset.partners[0]?.id ?? ''],
          workPackages: [],
          topics: [],
        },
      },
      { ...none, workPackages: ['WP2', 'WP3'], everyWorkPackage: true },
      { ...none, kinds: ['university'], workPackages: ['WP1', 'WP4'], everyWorkPackage: true },
    ];
    for (const filters of cases) {
      const expected = dataset.partners.filter(
        (p) =>
          (filters.countries.length === 0 ||
            filters.countries.includes(bot.index.countryOfPartner.get(p.id) ?? '')) &&
          (filters.kinds.length === 0 || filters.kinds.includes(p.kind)) &&
          (filters.relations.length === 0 ||
            filters.relations.includes(p.parent?.relation ?? '')) &&
          !filters.excluded?.countries.includes(bot.index.countryOfPartner.get(p.id) ?? '') &&
          !filters.excluded?.kinds.includes(p.kind) &&
          !filters.excluded?.partners.includes(p.id) &&
          (filters.workPackages.length === 0 ||
            (filters.everyWorkPackage
              ? filters.workPackages.every((wp) => p.roles.some((r) => r.wp === wp))
              : p.roles.some((r) => r.wp !== null && filters.workPackages.includes(r.wp)))),
      );
      if (filters.relations.length > 0 || filters.everyWorkPackage)
        expect(expected.length).toBeGreaterThan(0);
      expect(filterPartners(bot.index, filters).map((p) => p.id)).toEqual(
        expected.map((p) => p.id),
      );
    }
  });
});
