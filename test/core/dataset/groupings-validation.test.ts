import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDatasetProblems } from '../../../src/core/dataset/validate-dataset.js';
import { GROUPINGS_FIXTURE } from '../../helpers/groupings-bot.js';

const DOCUMENT = readFileSync(
  path.join(path.dirname(GROUPINGS_FIXTURE), 'greenroute-consortium.txt'),
  'utf8',
);

// biome-ignore lint/suspicious/noExplicitAny: a dataset to break in any way the test needs.
type Raw = any;

function fixture(): Raw {
  return JSON.parse(readFileSync(GROUPINGS_FIXTURE, 'utf8'));
}

function problemsOf(mutate: (d: Raw) => void, document?: string): string[] {
  const data = fixture();
  mutate(data);
  return findDatasetProblems(data, document === undefined ? {} : { document }).map(
    (p) => `${p.path}: ${p.message}`,
  );
}

describe('validating groupings, contacts and the lexicon section', () => {
  it('accepts the fixture, its quotes all found in its document', () => {
    expect(problemsOf(() => {}, DOCUMENT)).toEqual([]);
  });

  it('wants a grouping leader named as leading in its leaderSource, and among its members', () => {
    expect(
      problemsOf((d) => {
        d.groups[0].leader = 'citynet';
      }),
    ).toEqual([
      'groups[0].leaderSource: does not name the leader CITYNET',
      'groups[0].leader: CITYNET leads Pilot A but is not one of its members: add it to "members" with the sentence that says so, or give it a role with "group": "pilot-a"',
    ]);
    expect(
      problemsOf((d) => {
        d.groups[2].leaderSource = 'CITYNET takes part in Case study 1 on freight logistics.';
        d.groups[2].leader = 'citynet';
      }),
    ).toEqual([
      'groups[2].leaderSource: names CITYNET but does not say that it leads, coordinates, manages or is in charge of Case study 1',
    ]);
  });

  it('checks every reference of a grouping and of a role to one', () => {
    expect(
      problemsOf((d) => {
        d.groups[1].id = 'pilot-a';
        d.groups[0].members[1].id = 'nobody';
        d.groups[0].workPackage = 'WP9';
        d.groups[3].leader = 'hui';
        d.partners[0].roles[1].group = 'pilot-z';
        d.groups[4].members[0].source =
          'HUI leads Pilot B, the Helsinki demand-responsive bus pilot.';
      }),
    ).toEqual([
      'groups[1].id: duplicate id "pilot-a" (first used at groups[0])',
      'groups[0].workPackage: no work package has id "WP9"',
      'groups[0].members[1].id: no partner has id "nobody"',
      'groups[3].leaderSource: leader and leaderSource must both be set or both be null',
      'groups[4].members[0].source: does not name NBU',
      'partners[0].roles[1].group: no grouping in "groups" has id "pilot-z"',
    ]);
  });

  it('finds grouping and contact quotes in the document', () => {
    const problems = problemsOf((d) => {
      d.groups[0].members[1].source = 'MOBI provides the fleet software for Pilot A.';
      d.partners[0].contacts[0].source = 'Anna Berg is the project manager at NBU.';
      d.partners[0].contacts[0].email = undefined;
      d.partners[0].contacts[0].slack = undefined;
    }, DOCUMENT);
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'groups[0].members[1].source',
      'partners[0].contacts[0].source',
    ]);
  });

  it('never lets a contact say what its source does not', () => {
    expect(
      problemsOf((d) => {
        d.partners[0].contacts[0].email = 'a.berg@nbu.example.org';
        d.workPackages[1].contacts[0].name = 'Pedro Santos';
      }),
    ).toEqual([
      'partners[0].contacts[0].email: "a.berg@nbu.example.org" is not in its source; a contact must be written in the sentence it comes from',
      'workPackages[1].contacts[0].name: "Pedro Santos" is not in its source; a contact must be written in the sentence it comes from',
    ]);
  });

  it('refuses an email or a handle that a renderer could turn into markup', () => {
    const problems = problemsOf((d) => {
      d.partners[0].contacts[0].email = 'anna@x.org|<!channel>';
      d.partners[0].contacts[0].slack = '<!channel>';
      d.workPackages[1].contacts[0] = { source: 'Questions on the pilots go to Pedro Silva.' };
    });
    expect(problems).toContain(
      'partners[0].contacts[0].email: must be an email address like "name@example.org"',
    );
    expect(problems).toContain(
      'partners[0].contacts[0].slack: must be a Slack handle like "@maria.rossi" or a member id',
    );
    expect(problems).toContain(
      'workPackages[1].contacts[0]: needs at least one of name, email, slack or teams',
    );
  });

  it('checks the lexicon section with JSON paths', () => {
    expect(
      problemsOf((d) => {
        d.lexicon.topics.push('hydrogen');
        d.lexicon.removeKindWords.push('laboratory');
        d.lexicon.addKindWords.company = ['society', 'institute'];
      }),
    ).toEqual([
      'lexicon.topics[1]: "hydrogen" is in no role, profile, keyword or description of the dataset, so no question can find it',
      'lexicon.removeKindWords[1]: "laboratory" is not a kind word of the built-in lexicon (src/core/lexicon/kinds.ts)',
      'lexicon.addKindWords.company[0]: "society" is also declared a topic in lexicon.topics',
      'lexicon.addKindWords.company[1]: "institute" is a built-in word for research-centre; list it in lexicon.removeKindWords as well to move it',
    ]);
  });
});
