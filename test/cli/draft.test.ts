import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Dataset } from '../../src/core/schema/dataset.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { memoryIo } from '../helpers/cli-io.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-draft-'));
const SEED = path.join(PACKAGE_ROOT, 'data', 'eucanimage-consortium.txt');
const CLIMATE = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'draft', 'climate-markdown.md');

/** A drafted file with every todo accepted: the marks deleted, nothing else changed. */
function acceptAll(file: string): void {
  const data = JSON.parse(readFileSync(file, 'utf8'), (key, value) =>
    key === 'todo' ? undefined : value,
  );
  writeFileSync(file, JSON.stringify(data, null, 2));
}

describe('eucanbot draft', () => {
  it('prints a draft dataset and lists what to check on stderr', async () => {
    const run = memoryIo();
    expect(await main(['draft', SEED], run.io)).toBe(0);
    const draft = Dataset.parse(JSON.parse(run.out()));
    expect(draft.partners).toHaveLength(21);
    expect(draft.consortium.sourceDocument).toBe('eucanimage-consortium.txt');
    expect(run.err()).toMatch(/drafted 21 partners, 7 work packages and \d+ roles/);
    expect(run.err()).toMatch(/\d+ fields to check/);
    expect(run.err()).toContain(
      'partners[0].kind: to check: guessed from "university" in the name',
    );
  });

  it('writes --out with $schema, refuses to replace it, and replaces it with --force', async () => {
    const out = path.join(tmp, 'climate.json');
    expect(await main(['draft', CLIMATE, '--out', out], memoryIo().io)).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written).$schema).toMatch(/data\/eucanimage\.schema\.json$/);
    const again = memoryIo();
    expect(await main(['draft', SEED, '--out', out], again.io)).toBe(1);
    expect(again.err()).toContain(`cannot write ${out}: it exists; add --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe(written);
    expect(await main(['draft', SEED, '--out', out, '--force'], memoryIo().io)).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).consortium.name).toBe('EuCanImage');
  });

  it('fails validation until the todos are gone; every quote is in the source all along', async () => {
    const out = path.join(tmp, 'seed.json');
    expect(await main(['draft', SEED, '--out', out], memoryIo().io)).toBe(0);
    const marked = memoryIo();
    expect(await main(['validate', out, '--source', SEED], marked.io)).toBe(1);
    expect(marked.err()).toMatch(/partners\[\d+\]\.kind: to check/);
    expect(marked.err()).not.toContain('not found verbatim');
    acceptAll(out);
    const done = memoryIo();
    expect(await main(['validate', out, '--source', SEED], done.io)).toBe(0);
    expect(done.out()).toContain('every quoted sentence is in');
    const asked = memoryIo();
    expect(await main(['ask', '--data', out, 'who leads WP4?'], asked.io)).toBe(0);
    expect(asked.out()).toContain('UAMS/TCIA');
  });

  it('says clearly that a file is missing, without a stack trace', async () => {
    const run = memoryIo();
    expect(await main(['draft', path.join(tmp, 'nope.txt')], run.io)).toBe(1);
    expect(run.err()).toContain('Cannot read description');
    expect(run.err()).toContain('no such file');
    expect(run.err()).not.toMatch(/\n\s+at /);
  });

  it('says so when the text names no organisation, and writes nothing', async () => {
    const file = path.join(tmp, 'minutes.txt');
    writeFileSync(file, 'Minutes of the meeting.\n\nWe met on Tuesday and agreed on the agenda.\n');
    const run = memoryIo();
    expect(await main(['draft', file], run.io)).toBe(1);
    expect(run.err()).toContain('found no partner in');
    expect(run.out()).toBe('');
  });

  it.each([
    [['draft'], /draft takes one DESCRIPTION file/],
    [['draft', 'a.txt', 'b.txt'], /draft takes one DESCRIPTION file/],
    [['draft', 'a.txt', '--data', 'x.json'], /Unknown option '--data'/],
  ])('%j prints a usage line and exits 2', async (argv, message) => {
    const run = memoryIo();
    expect(await main(argv, run.io)).toBe(2);
    expect(run.err()).toMatch(message);
    expect(run.err()).toMatch(/^Usage: eucanbot draft/m);
  });

  it('has help', async () => {
    const run = memoryIo();
    expect(await main(['draft', '--help'], run.io)).toBe(0);
    expect(run.out()).toMatch(/^Usage: eucanbot draft DESCRIPTION \[--out FILE\] \[--force\]/);
  });
});
