import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { DEFAULT_DATASET_PATH, PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { memoryIo } from '../helpers/cli-io.js';
import { datasetCopy } from '../helpers/real-bot.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-validate-'));
const DOCUMENT = path.join(PACKAGE_ROOT, 'data', 'eucanimage-consortium.txt');
const SCHEMA = path.join(PACKAGE_ROOT, 'data', 'eucanimage.schema.json');
let made = 0;

/** A folder of its own holding `data` as dataset.json, and the document beside it unless told. */
function datasetFile(data: Dataset, options: { document?: boolean; text?: string } = {}): string {
  made += 1;
  const dir = path.join(tmp, `case-${made}`);
  mkdirSync(dir);
  if (options.document !== false) copyFileSync(DOCUMENT, path.join(dir, path.basename(DOCUMENT)));
  // The schema beside it too, so the copied "$schema": "./eucanimage.schema.json" resolves.
  copyFileSync(SCHEMA, path.join(dir, path.basename(SCHEMA)));
  const file = path.join(dir, 'dataset.json');
  writeFileSync(file, options.text ?? `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

async function validate(...argv: string[]) {
  const run = memoryIo();
  const code = await main(['validate', ...argv], run.io);
  return { code, out: run.out(), err: run.err() };
}

function problemLines(err: string): string[] {
  return err
    .split('\n')
    .filter((line) => line.startsWith('  '))
    .map((line) => line.trim());
}

const EIBIR_SENTENCE = 'EIBIR manages the project’s dissemination activities (WP7).';

describe('quoted sources', () => {
  it('must be a whole sentence, not a fragment', async () => {
    const data = datasetCopy();
    (data.partners[5]?.roles[0] as { source: string }).source = 'UAMS/TCIA leads WP4';
    const { code, err } = await validate(datasetFile(data));
    expect(code).toBe(1);
    expect(problemLines(err)).toEqual([
      'partners[5].roles[0].source: is only part of a sentence of the source document; quote the whole sentence: "UAMS/TCIA leads WP4 that will define and implement the methods for data anonymisation, curation, annotation and enhancement."',
    ]);
  });

  it('must not glue two sentences together', async () => {
    const data = datasetCopy();
    (data.partners[4]?.roles[0] as { source: string }).source =
      'CRG contributes to WP2 in the population of the project catalogue. It is particularly involved in WP3 on data repositories linkage of imaging and non-imaging data and data access and further in WP4 by contributing to the further enhancement of the data and quality control.';
    const { err } = await validate(datasetFile(data));
    expect(problemLines(err)).toEqual([
      'partners[4].roles[0].source: joins 2 sentences of the source document; quote each in its own entry: "CRG contributes to WP2 in the population of the project catalogue." and "It is particularly involved in WP3 on data repositories linkage of imaging and non-imaging data and data access and further in WP4 by contributing to the further enhancement of the data and quality control."',
    ]);
  });

  it('says when a quote differs only in typography, naming both characters', async () => {
    const data = datasetCopy();
    (data.partners[13]?.roles[0] as { source: string }).source = EIBIR_SENTENCE.replace('’', "'");
    (data.partners[14]?.roles[0] as { source: string }).source =
      'ESOI participates in the project’s dissemination and communication activities, which will involve the organisation of dissemination events.'.replace(
        'communication',
        'communi\u00ADcation',
      );
    const { err } = await validate(datasetFile(data));
    expect(problemLines(err)).toEqual([
      `partners[13].roles[0].source: differs from the source document only in typography: character 26 is "'" (U+0027 APOSTROPHE) where the document has "’" (U+2019 RIGHT SINGLE QUOTATION MARK); --fix-typography rewrites it to the document's characters`,
      'partners[14].roles[0].source: differs from the source document only in typography: character 61 is "\\u00AD" (U+00AD SOFT HYPHEN) where the document has "c" (U+0063 LATIN SMALL LETTER C); --fix-typography rewrites it to the document\'s characters',
    ]);
  });

  it('names the dash a quote has where the document has another', async () => {
    const data = datasetCopy();
    (data.partners[3] as { city: { source: string } }).city.source =
      'BARCELONA SUPERCOMPUTING CENTER - CENTRO NACIONAL DE SUPERCOMPUTACION (BSC), Spain';
    const { err } = await validate(datasetFile(data));
    expect(problemLines(err)).toEqual([
      `partners[3].city.source: differs from the source document only in typography: character 33 is "-" (U+002D HYPHEN-MINUS) where the document has "–" (U+2013 EN DASH); --fix-typography rewrites it to the document's characters`,
    ]);
  });

  it('shows the closest sentence and the first character that differs', async () => {
    const data = datasetCopy();
    (data.partners[3]?.roles[0] as { source: string }).source =
      'BSC contributes to the design, development, and operation of the EuCanImage technological infrastructure.';
    const { err } = await validate(datasetFile(data));
    expect(problemLines(err)).toEqual([
      'partners[3].roles[0].source: is not found verbatim in the source document; the closest sentence is "BSC contributes to the design, development, and deployment of the EuCanImage technological infrastructure.", which differs at character 49: "o" (U+006F LATIN SMALL LETTER O) in the dataset, "d" (U+0064 LATIN SMALL LETTER D) in the document',
    ]);
  });
});

describe('--fix-typography', () => {
  it("rewrites the quotes to the document's characters, changing nothing else", async () => {
    const original = readFileSync(DEFAULT_DATASET_PATH, 'utf8');
    const broken = original.replaceAll(EIBIR_SENTENCE, EIBIR_SENTENCE.replace('’', "'"));
    expect(broken).not.toBe(original);
    const file = datasetFile(datasetCopy(), { text: broken });
    const { code, out, err } = await validate(file, '--fix-typography');
    expect(err).toBe('');
    expect(code).toBe(0);
    // The shipped file's own layout (arrays on one line where they fit) is kept byte for byte.
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(out).toContain("Fixed 2 quotes to the document's characters:");
    expect(out).toContain(
      `partners[13].roles[0].source: "'" (U+0027 APOSTROPHE) → "’" (U+2019 RIGHT SINGLE QUOTATION MARK) at character 26`,
    );
    expect(out).toMatch(/dataset\.json is valid: 21 partners/);
  });

  it('changes nothing when a quote differs in more than typography', async () => {
    const data = datasetCopy();
    (data.partners[3]?.roles[0] as { source: string }).source = 'BSC runs the coffee machine.';
    const file = datasetFile(data);
    const before = readFileSync(file, 'utf8');
    const { code } = await validate(file, '--fix-typography');
    expect(code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('--fix-typography without a document', () => {
  it('says it needs one and changes nothing', async () => {
    const data = datasetCopy();
    data.consortium.sourceDocument = null;
    const { code, err } = await validate(
      datasetFile(data, { document: false }),
      '--fix-typography',
    );
    expect(code).toBe(2);
    expect(err).toContain('--fix-typography needs the source document: pass --source FILE');
  });
});

describe('the source document', () => {
  it('is consortium.sourceDocument, beside the dataset, when --source is not given', async () => {
    const data = datasetCopy();
    (data.partners[3]?.roles[0] as { source: string }).source = 'BSC runs the coffee machine.';
    const { code, err } = await validate(datasetFile(data));
    expect(code).toBe(1);
    expect(err).toContain('partners[3].roles[0].source: is not found verbatim');
  });

  it('says when consortium.sourceDocument is not found beside the dataset', async () => {
    const file = datasetFile(datasetCopy(), { document: false });
    const { code, err } = await validate(file);
    expect(code).toBe(1);
    expect(problemLines(err)).toEqual([
      `consortium.sourceDocument: "eucanimage-consortium.txt" is not found beside the dataset (looked for ${path.join(path.dirname(file), 'eucanimage-consortium.txt')}); put the document there or pass --source FILE`,
    ]);
  });

  it('says that quotes were not checked when there is no document at all', async () => {
    const data = datasetCopy();
    data.consortium.sourceDocument = null;
    const { code, out } = await validate(datasetFile(data, { document: false }));
    expect(code).toBe(0);
    expect(out).toContain(
      'quoted sentences not checked: no --source, and consortium.sourceDocument is null',
    );
  });

  it('checks the real dataset against its own document by default', async () => {
    const { code, out } = await validate(DEFAULT_DATASET_PATH);
    expect(code).toBe(0);
    expect(out).toContain(`every quoted sentence is in ${DOCUMENT}`);
  });

  it('resolves a pronoun subject of a lead against the paragraph of the document', async () => {
    const data = datasetCopy();
    const text = `${readFileSync(DOCUMENT, 'utf8')}\n\nCRG hosts the catalogue. It leads WP3.\n`;
    const crg = data.partners[4] as { roles: { source: string; lead: boolean; wp: string }[] };
    Object.assign(crg.roles[1] as object, { source: 'It leads WP3.', lead: true });
    const umRole = data.partners[1]?.roles[0] as { source: string; lead: boolean; wp: string };
    Object.assign(umRole, { source: 'It leads WP3.', lead: true, wp: 'WP3' });
    const file = datasetFile(data);
    writeFileSync(path.join(path.dirname(file), 'eucanimage-consortium.txt'), text);
    const { err } = await validate(file);
    expect(problemLines(err)).toEqual([
      'partners[1].roles[0].lead: is true, but the source says that CRG leads ("leads"), not UM',
    ]);
  });
});

describe('$schema', () => {
  it('lets a dataset stored elsewhere point at the schema by a relative path', async () => {
    const dir = path.join(tmp, 'elsewhere', 'my-consortium');
    mkdirSync(dir, { recursive: true });
    const data = datasetCopy();
    data.$schema = path.relative(dir, SCHEMA).split(path.sep).join('/');
    data.consortium.sourceDocument = path.relative(dir, DOCUMENT).split(path.sep).join('/');
    const file = path.join(dir, 'my-consortium.json');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const { code, out, err } = await validate(file);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('my-consortium.json is valid');
  });

  it('accepts the URL of the published schema without fetching it', async () => {
    const data = datasetCopy();
    data.$schema =
      'https://raw.githubusercontent.com/OWNER/eucanbot/main/data/eucanimage.schema.json';
    expect((await validate(datasetFile(data))).code).toBe(0);
  });

  it('says when a relative $schema path leads nowhere', async () => {
    const data = datasetCopy();
    data.$schema = './schemas/eucanimage.schema.json';
    const file = datasetFile(data);
    const { code, err } = await validate(file);
    expect(code).toBe(1);
    expect(problemLines(err)).toEqual([
      `$schema: "./schemas/eucanimage.schema.json" is not found (looked for ${path.join(path.dirname(file), 'schemas', 'eucanimage.schema.json')}); give the schema's path relative to the dataset file, or its URL (see the README)`,
    ]);
  });
});
