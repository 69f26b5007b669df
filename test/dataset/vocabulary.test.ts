import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createBot } from '../../src/core/create-bot.js';
import { EucanbotError } from '../../src/core/errors.js';
import { Vocabulary } from '../../src/core/schema/vocabulary.js';
import {
  FIELD_VOCABULARY_PATH,
  loadIndexOptions,
  loadVocabulary,
} from '../../src/dataset/load-knowledge.js';
import { memoryIo } from '../helpers/cli-io.js';
import { datasetCopy } from '../helpers/real-bot.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-vocabulary-'));

function writeJson(name: string, value: unknown): string {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

/** A copy of the real dataset that names its own vocabulary file. */
function datasetNaming(vocabulary: string) {
  const dataset = datasetCopy();
  dataset.consortium.vocabulary = vocabulary;
  return dataset;
}

describe('the field vocabulary', () => {
  it('is valid, and every entry has terms', () => {
    const vocabulary = loadVocabulary(FIELD_VOCABULARY_PATH);
    expect(Vocabulary.parse(vocabulary)).toEqual(vocabulary);
    expect(vocabulary.entries.length).toBeGreaterThan(50);
  });
});

describe('a vocabulary file', () => {
  it('that is broken stops the start, with every problem at its JSON path', () => {
    const file = writeJson('broken.json', {
      description: 'x',
      entries: [
        { means: ['ethics'], terms: [] },
        { means: [], terms: ['moral'], extra: 1 },
      ],
    });
    const error = (() => {
      try {
        loadVocabulary(file);
        return undefined;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(EucanbotError);
    expect((error as EucanbotError).code).toBe('DATASET_INVALID');
    expect((error as EucanbotError).details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^entries\[0\]\.terms: /),
        expect.stringMatching(/^entries\[1\]\.means: /),
        'entries[1]: has unknown field "extra"',
      ]),
    );
    expect((error as EucanbotError).message).toContain('broken.json');
  });

  it('that is not JSON says where', () => {
    const file = writeJson('not-json.json', '{\n  "description": "x",\n  "entries": [,]\n}');
    expect(() => loadVocabulary(file)).toThrow(/not-json\.json is not valid JSON/);
  });

  it('named by a dataset is read beside it, and its words apply with the field’s', () => {
    writeJson('own-words.json', {
      description: 'A consortium’s own nicknames.',
      entries: [{ means: ['blockchain'], terms: ['the ledger thing'] }],
    });
    const datasetFile = writeJson('consortium.json', {});
    const dataset = datasetNaming('own-words.json');
    const bot = createBot(dataset, loadIndexOptions(datasetFile, dataset));
    expect(bot.answer('who does the ledger thing?').partners.map((p) => p.id)).toEqual(['lyn']);
    // The field's vocabulary still applies.
    expect(bot.answer('who talks to the press?').partners[0]?.id).toBe('eibir');
  });

  it('named by a dataset but missing stops the start, naming the file', () => {
    const dataset = datasetNaming('missing-words.json');
    expect(() => loadIndexOptions(path.join(tmp, 'consortium.json'), dataset)).toThrow(
      /Cannot read vocabulary .*missing-words\.json: no such file/,
    );
  });

  it('that is broken stops `eucanbot ask` with the file and the JSON path', async () => {
    writeJson('bad-words.json', { description: 'x', entries: [{ means: ['ethics'] }] });
    const datasetFile = writeJson('with-bad-words.json', datasetNaming('bad-words.json'));
    const run = memoryIo();
    expect(await main(['ask', '--data', datasetFile, 'who talks to the press?'], run.io)).toBe(1);
    expect(run.err()).toContain('bad-words.json is not valid');
    expect(run.err()).toContain('entries[0].terms: is missing');
    const check = memoryIo();
    expect(await main(['validate', datasetFile], check.io)).toBe(1);
    expect(check.err()).toContain('bad-words.json: 1 problem');
    expect(check.err()).toContain('  entries[0].terms: is missing');
  });
});

describe('an entry', () => {
  it('whose concept the dataset does not use is left aside', () => {
    const bot = createBot(datasetCopy(), {
      vocabulary: [{ means: ['astronomy'], terms: ['telescopes', 'radiomics'] }],
    });
    expect(bot.answer('who works on telescopes?').intent).toBe('unknown');
  });
});
