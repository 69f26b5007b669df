import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsourcedSentences } from '../../src/core/dataset/check-sources.js';
import { findDatasetProblems, parseDataset } from '../../src/core/dataset/validate-dataset.js';
import { EucanbotError } from '../../src/core/errors.js';
import { datasetJsonSchema } from '../../src/dataset/json-schema.js';
import { loadDataset, PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { datasetCopy, realDataset } from '../helpers/real-bot.js';

function problemsOf(
  mutate: (d: Record<string, unknown> & ReturnType<typeof datasetCopy>) => void,
): string[] {
  const data = datasetCopy() as ReturnType<typeof datasetCopy> & Record<string, unknown>;
  mutate(data);
  return findDatasetProblems(data).map((p) => `${p.path}: ${p.message}`);
}

describe('the shipped dataset', () => {
  const data = realDataset();

  it('has the 21 organisations with the agreed ids, in order', () => {
    expect(data.partners.map((p) => p.id)).toEqual(
      'ub um emc bsc crg uams bbmri tmf upv lyn cmrad onco sie eibir esoi eacr unipi fcrb umu gumed kauno'.split(
        ' ',
      ),
    );
  });

  it('quotes every sentence verbatim from the consortium document', () => {
    const document = readFileSync(
      path.join(PACKAGE_ROOT, 'data', 'eucanimage-consortium.txt'),
      'utf8',
    );
    expect(findUnsourcedSentences(data, document)).toEqual([]);
  });

  it('names leaders only where the document does', () => {
    const leaders = Object.fromEntries(data.workPackages.map((wp) => [wp.id, wp.leader]));
    expect(leaders).toEqual({
      WP1: 'lyn',
      WP2: 'gumed',
      WP3: null,
      WP4: 'uams',
      WP5: 'ub',
      WP6: null,
      WP7: null,
    });
  });

  it('makes TMF a third party of BBMRI-ERIC and UB the coordinator', () => {
    expect(data.partners.find((p) => p.id === 'tmf')?.parent).toEqual({
      id: 'bbmri',
      relation: 'third party',
    });
    expect(data.partners.filter((p) => p.coordinator).map((p) => p.id)).toEqual(['ub']);
  });

  it('ships a JSON Schema that matches the zod schema', () => {
    const shipped = readFileSync(path.join(PACKAGE_ROOT, 'data', 'eucanimage.schema.json'), 'utf8');
    expect(shipped, 'run `npm run schema` after changing the zod schema').toBe(datasetJsonSchema());
  });
});

describe('dataset validation', () => {
  it('locates a missing field by its JSON path', () => {
    expect(problemsOf((d) => Reflect.deleteProperty(d.partners[5] as object, 'country'))).toEqual([
      'partners[5].country: is missing (expected string)',
    ]);
  });

  it('reports every problem at once, shape errors included', () => {
    const problems = problemsOf((d) => {
      (d.partners[0] as { kind: string }).kind = 'castle';
      (d.partners[2] as { name: string }).name = '  ';
      (d.workPackages[0] as { id: string }).id = 'Work package 1';
      (d.partners[3] as unknown as Record<string, unknown>).colour = 'blue';
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/partners\[0\]\.kind: .*university/);
    expect(problems).toContain('partners[2].name: must not be empty');
    expect(problems).toContain('workPackages[0].id: must look like "WP4"');
    expect(problems).toContain('partners[3]: has unknown field "colour"');
  });

  it('checks cross-references: ids, work packages, leaders, parents, coordinator', () => {
    const problems = problemsOf((d) => {
      (d.partners[1] as { id: string }).id = 'ub';
      (d.partners[2]?.roles[0] as { wp: string }).wp = 'WP9';
      (d.workPackages[2] as { leader: string; leaderSource: string }).leader = 'nobody';
      (d.workPackages[2] as { leaderSource: string }).leaderSource = 'x';
      (d.partners[7]?.parent as { id: string }).id = 'ghost';
      (d.partners[4] as { coordinator: boolean }).coordinator = true;
    });
    expect([...problems].sort()).toEqual(
      [
        'partners[1].id: duplicate id "ub" (first used at partners[0])',
        // The duplicate now claims the coordinator's id without its flag.
        'partners[1].coordinator: must be true: consortium.coordinator names this partner',
        'workPackages[2].leader: no partner has id "nobody"',
        'partners[4].coordinator: must be false: consortium.coordinator is "ub"',
        'partners[2].roles[0].wp: no work package has id "WP9"',
        'partners[7].parent.id: no partner has id "ghost"',
      ].sort(),
    );
  });

  it('requires leader and leaderSource together', () => {
    expect(
      problemsOf(
        (d) => ((d.workPackages[0] as { leaderSource: null | string }).leaderSource = null),
      ),
    ).toEqual([
      'workPackages[0].leaderSource: leader and leaderSource must both be set or both be null',
    ]);
  });

  it('throws DATASET_INVALID naming the origin and each problem', () => {
    const broken = datasetCopy() as unknown as { partners: { country?: string }[] };
    delete broken.partners[0]?.country;
    try {
      parseDataset(broken, 'my-consortium.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EucanbotError);
      expect((error as EucanbotError).code).toBe('DATASET_INVALID');
      expect((error as EucanbotError).message).toContain(
        'my-consortium.json is not valid (1 problem)',
      );
      expect((error as EucanbotError).details).toEqual([
        'partners[0].country: is missing (expected string)',
      ]);
    }
  });

  it('flags a quoted sentence that the document does not contain', () => {
    const data = datasetCopy();
    (data.partners[3]?.roles[0] as { source: string }).source = 'BSC runs the coffee machine.';
    expect(findUnsourcedSentences(data, 'Some other text.')).toContainEqual({
      path: 'partners[3].roles[0].source',
      message:
        'is not found verbatim in the source document; the closest sentence is "Some other text.", which differs at character 1: "B" (U+0042 LATIN CAPITAL LETTER B) in the dataset, "S" (U+0053 LATIN CAPITAL LETTER S) in the document',
    });
  });

  it('shows the invisible character that keeps a quoted sentence from matching', () => {
    const data = datasetCopy();
    (data.partners[3]?.roles[0] as { source: string }).source = 'BSC leads\u200B WP3.';
    expect(findUnsourcedSentences(data, 'BSC leads WP3.')).toContainEqual({
      path: 'partners[3].roles[0].source',
      message:
        'differs from the source document only in typography: character 10 is "\\u200B" (U+200B ZERO WIDTH SPACE) where the document has " " (U+0020 SPACE); --fix-typography rewrites it to the document\'s characters',
    });
  });
});

describe('partner cities', () => {
  it('gives a city only where the document names it', () => {
    const cities = Object.fromEntries(
      realDataset()
        .partners.filter((p) => p.city)
        .map((p) => [p.id, p.city?.name]),
    );
    expect(cities).toEqual({
      ub: 'Barcelona',
      um: 'Maastricht',
      emc: 'Rotterdam',
      bsc: 'Barcelona',
      onco: 'Liège',
      eibir: 'Vienna',
      unipi: 'Pisa',
      fcrb: 'Barcelona',
      umu: 'Umeå',
      gumed: 'Gdańsk',
      kauno: 'Kaunas',
    });
  });

  it('requires the city to be named in its source, case and accents aside', () => {
    expect(
      problemsOf((d) => {
        (d.partners[0] as { city: unknown }).city = {
          name: 'Madrid',
          source: 'UNIVERSITAT DE BARCELONA (UB), Spain',
        };
        (d.partners[1] as { city: unknown }).city = {
          name: 'maastricht',
          source: 'UNIVERSITEIT MAASTRICHT (UM), Netherlands',
        };
        // A city's name inside a longer word does not count: "Gdanski" is not "Gdansk".
        (d.partners[2] as { city: unknown }).city = {
          name: 'Gdansk',
          source: 'GDANSKI UNIWERSYTET MEDYCZNY (GUMed), Poland',
        };
      }),
    ).toEqual([
      'partners[0].city.name: "Madrid" does not occur in the city\'s source',
      'partners[2].city.name: "Gdansk" does not occur in the city\'s source',
    ]);
  });

  it('checks the source spelling instead where the source writes the name otherwise', () => {
    const kaunas = { name: 'Kaunas', source: 'Kauno klinikos is a hospital.' };
    expect(
      problemsOf((d) => {
        (d.partners[0] as { city: unknown }).city = { ...kaunas, asWritten: 'Kauno' };
        (d.partners[1] as { city: unknown }).city = { ...kaunas, asWritten: 'Kaunui' };
      }),
    ).toEqual(['partners[1].city.asWritten: "Kaunui" does not occur in the city\'s source']);
  });

  it('rejects a city without its source, and unknown fields in it', () => {
    expect(
      problemsOf((d) => {
        (d.partners[0] as { city: unknown }).city = { name: 'Barcelona' };
        (d.partners[1] as { city: unknown }).city = { name: 'X', source: 'X', state: 'Y' };
      }),
    ).toEqual([
      'partners[0].city.source: is missing (expected string)',
      'partners[1].city: has unknown field "state"',
    ]);
  });

  it('flags a city source that the document does not contain', () => {
    const data = datasetCopy();
    (data.partners[3] as { city: unknown }).city = { name: 'Madrid', source: 'BSC is in Madrid.' };
    expect(findUnsourcedSentences(data, 'Some other text.')).toContainEqual({
      path: 'partners[3].city.source',
      message:
        'is not found verbatim in the source document; the closest sentence is "Some other text.", which differs at character 1: "B" (U+0042 LATIN CAPITAL LETTER B) in the dataset, "S" (U+0053 LATIN CAPITAL LETTER S) in the document',
    });
  });
});

describe('loading files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-'));

  it('names a missing file', () => {
    expect(() => loadDataset(path.join(dir, 'nope.json'))).toThrow(
      /Cannot read dataset .*nope\.json: no such file/,
    );
  });

  it('gives the line and column of a JSON syntax error', () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{\n  "consortium": {\n    "name": "X",,\n  }\n}\n');
    expect(() => loadDataset(file)).toThrow(/bad\.json is not valid JSON at line 3, column 17/);
  });
});
