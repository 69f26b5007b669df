import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/create-bot.js';
import { findDatasetProblems } from '../../src/core/dataset/validate-dataset.js';
import type { Dataset, Partner, Role } from '../../src/core/schema/dataset.js';
import { datasetCopy } from '../helpers/real-bot.js';

/** The problems of the real dataset once `mutate` has broken it, as `path: message` lines. */
function problemsOf(mutate: (d: Dataset) => void): string[] {
  const data = datasetCopy();
  mutate(data);
  return findDatasetProblems(data).map((p) => `${p.path}: ${p.message}`);
}

function partner(d: Dataset, id: string): Partner {
  const found = d.partners.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no partner ${id}`);
  return found;
}

function role(d: Dataset, id: string, index: number): Role {
  const found = partner(d, id).roles[index];
  if (found === undefined) throw new Error(`no role ${id}[${index}]`);
  return found;
}

describe('one run reports everything', () => {
  // Before, the duplicate id was only reported once the shape error elsewhere was fixed.
  it('reports a duplicate id and a shape error elsewhere together', () => {
    expect(
      problemsOf((d) => {
        Reflect.deleteProperty(d.partners[5] as object, 'country');
        (d.partners[4] as { id: string }).id = 'emc';
      }).sort(),
    ).toEqual([
      'partners[4].id: duplicate id "emc" (first used at partners[2])',
      'partners[5].country: is missing (expected string)',
    ]);
  });

  it('checks the roles that parsed in a partner with a broken role', () => {
    expect(
      problemsOf((d) => {
        role(d, 'um', 0).keywords = [];
        role(d, 'um', 1).wp = 'WP9';
      }),
    ).toEqual([
      'partners[1].roles[0].keywords: Too small: expected array to have >=1 items',
      'partners[1].roles[1].wp: no work package has id "WP9"',
    ]);
  });
});

describe('lead: true', () => {
  it('is refused where the source states no lead', () => {
    expect(problemsOf((d) => (role(d, 'emc', 0).lead = true))).toEqual([
      'partners[2].roles[0].lead: is true, but the source does not say that EMC leads, coordinates, manages or is in charge of anything',
    ]);
  });

  it('is refused where the source says another partner leads', () => {
    expect(
      problemsOf((d) => {
        const lynkeus = role(d, 'lyn', 0);
        partner(d, 'um').roles.push({ ...lynkeus, lead: true });
      }),
    ).toEqual([
      'partners[1].roles[3].lead: is true, but the source says that LYN leads ("leads"), not UM',
    ]);
  });

  it('is refused where "leads" has another subject in a second clause', () => {
    expect(
      problemsOf((d) => {
        role(d, 'um', 1).source = 'UM works on WP4 with EMC, which leads WP4.';
        role(d, 'um', 1).lead = true;
        role(d, 'emc', 1).source = 'UM works on WP4 with EMC, which leads WP4.';
        role(d, 'emc', 1).lead = true;
      }),
    ).toEqual([
      'partners[1].roles[1].lead: is true, but the source says that EMC leads ("leads"), not UM',
    ]);
  });

  it('is accepted for every way the real document states a lead', () => {
    // "UB is the Project Coordinator, leads …", "… and will lead the design …", "As a clinical
    // leader of WP2, GUMED …", "EIBIR manages …": all in the shipped dataset.
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('accepts the passive and "in charge of", and refuses a negated lead', () => {
    expect(
      problemsOf((d) => {
        Object.assign(role(d, 'um', 0), { lead: true, source: 'WP6 is coordinated by UM.' });
        Object.assign(role(d, 'um', 1), { lead: true, source: 'UM is in charge of WP4.' });
        Object.assign(role(d, 'um', 2), { lead: true, source: 'UM does not lead WP5.' });
      }),
    ).toEqual([
      'partners[1].roles[2].lead: is true, but the source does not say that UM leads, coordinates, manages or is in charge of anything',
    ]);
  });
});

describe('work package leaders', () => {
  it('must be named in their leaderSource, with a lead role in the work package', () => {
    expect(problemsOf((d) => ((d.workPackages[3] as { leader: string }).leader = 'emc'))).toEqual([
      'workPackages[3].leaderSource: does not name the leader EMC (Erasmus MC)',
      'workPackages[3].leader: EMC has a role in WP4 (partners[2].roles[1]) but none with "lead": true',
    ]);
  });

  it('says when the leader has no role at all in the work package', () => {
    expect(
      problemsOf((d) => {
        partner(d, 'lyn').roles.splice(0, 2);
      }),
    ).toEqual([
      'workPackages[0].leader: LYN has no role in WP1; add one with "lead": true that quotes the leaderSource',
    ]);
  });

  it('must be said to lead, not only named', () => {
    expect(
      problemsOf((d) => {
        const wp = d.workPackages[0] as { leaderSource: string };
        wp.leaderSource =
          'UPV is involved in WP1, assessing data ethics, AI, societal concerns and privacy issues.';
        (d.workPackages[0] as { leader: string }).leader = 'upv';
        Object.assign(role(d, 'upv', 0), { lead: true });
      }),
    ).toEqual([
      'workPackages[0].leaderSource: names UPV/EHU but does not say that it leads, coordinates, manages or is in charge of WP1',
      'partners[8].roles[0].lead: is true, but the source does not say that UPV/EHU leads, coordinates, manages or is in charge of anything',
    ]);
  });
});

describe("a role's wp", () => {
  it('must be named in its source', () => {
    expect(problemsOf((d) => (role(d, 'um', 0).wp = 'WP3'))).toEqual([
      'partners[1].roles[0].wp: "WP3" is not named in the source, which names WP6',
    ]);
    expect(problemsOf((d) => (role(d, 'bsc', 0).wp = 'WP3'))).toEqual([
      'partners[3].roles[0].wp: "WP3" is not named in the source, which names no work package',
    ]);
  });

  it('may be named as "WP 5", "work package 5" or in a list such as "WP4 and 5"', () => {
    const sources = [
      ['WP3', 'UM works on WP 3 and on work package 5.'],
      ['WP5', 'UM works on WP 3 and on work package 5.'],
      [
        'WP5',
        'UM also implements solutions for imaging standardisation and interpretability (WP4 and 5).',
      ],
      ['WP7', 'UM helps in WPs 6 and 7.'],
      ['WP4', 'UM helps in work packages 3 to 5.'],
      ['WP4', 'UM helps in WP3–5.'],
      ['WP7', 'UM helps in WP-1, WP7.'],
    ] as const;
    for (const [wp, source] of sources)
      expect(
        problemsOf((d) => Object.assign(role(d, 'um', 1), { wp, source })),
        source,
      ).toEqual([]);
  });
});

describe('country', () => {
  it('must be a country the gazetteer knows, with a suggestion', () => {
    expect(
      problemsOf((d) => {
        (d.partners[0] as { country: string }).country = 'UK';
        (d.partners[1] as { country: string }).country = 'Europe';
        (d.partners[2] as { country: string }).country = 'Spian';
        (d.partners[3] as { country: string }).country = 'Atlantis';
      }),
    ).toEqual([
      'partners[0].country: "UK" is not a country name the gazetteer knows; write "United Kingdom"',
      'partners[1].country: "Europe" is a region, not a country; write the partner\'s country',
      'partners[2].country: "Spian" is not a country the gazetteer knows; did you mean "Spain"?',
      'partners[3].country: "Atlantis" is not a country the gazetteer knows; write its name in English, as in "Spain"',
    ]);
  });

  it('accepts official and common names', () => {
    expect(
      problemsOf((d) => {
        (d.partners[0] as { country: string }).country = 'Kingdom of Spain';
        (d.partners[1] as { country: string }).country = 'The Netherlands';
      }),
    ).toEqual([]);
  });
});

describe('a partner with no roles', () => {
  /** The real dataset with ESOI's roles removed: it keeps only its profile. */
  function withoutRoles(): Dataset {
    const data = datasetCopy();
    partner(data, 'esoi').roles = [];
    return data;
  }

  it('is valid', () => {
    expect(findDatasetProblems(withoutRoles())).toEqual([]);
  });

  it('is described by its profile, and found by a topic of its profile', () => {
    const bot = createBot(withoutRoles());
    const what = bot.answer('what does ESOI do');
    expect(what.intent).toBe('partner');
    expect(what.text).toContain('philanthropic, intellectual and professional activities');
    const topic = bot.answer('who works on philanthropic activities');
    expect(topic.partners.map((p) => p.id)).toContain('esoi');
  });
});
