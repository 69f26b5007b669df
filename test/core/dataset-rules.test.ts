import { describe, expect, it } from 'vitest';
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
    ] as const;
    for (const [wp, source] of sources)
      expect(
        problemsOf((d) => Object.assign(role(d, 'um', 1), { wp, source })),
        source,
      ).toEqual([]);
  });
});
