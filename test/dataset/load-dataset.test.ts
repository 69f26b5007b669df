import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import {
  DEFAULT_DATASET_PATH,
  loadDataset,
  MAX_DATASET_BYTES,
} from '../../src/dataset/load-dataset.js';
import { memoryIo } from '../helpers/cli-io.js';
import { datasetCopy } from '../helpers/real-bot.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-load-'));

describe('reading a dataset file', () => {
  // Before the limit, `open` blocked for ever on a FIFO with no writer, freezing the process.
  it.runIf(process.platform !== 'win32')('refuses a FIFO at once instead of hanging', () => {
    const fifo = path.join(dir, 'dataset.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => loadDataset(fifo)).toThrow(
      `Cannot read dataset ${fifo}: not a regular file (a FIFO)`,
    );
  });

  // Before, reading /dev/zero never ended and grew the process to gigabytes.
  it.runIf(process.platform !== 'win32')('refuses a device such as /dev/zero', () => {
    expect(() => loadDataset('/dev/zero')).toThrow(
      'Cannot read dataset /dev/zero: not a regular file (a character device)',
    );
  });

  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, '');
    // A sparse file: its size is over the limit without writing the bytes.
    truncateSync(file, MAX_DATASET_BYTES + 1024 * 1024);
    const run = memoryIo();
    expect(await main(['ask', '--data', file, 'hi'], run.io)).toBe(1);
    expect(run.err()).toContain(
      `Cannot read dataset ${file}: it is 25 MiB, over the 24 MiB limit for a dataset`,
    );
  });

  it('accepts a UTF-8 byte-order mark at the start', () => {
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(DEFAULT_DATASET_PATH, 'utf8')}`);
    expect(loadDataset(file).partners).toHaveLength(21);
  });

  it('shows an invisible character in a value that fails validation', () => {
    const data = datasetCopy();
    (data.partners[2] as { id: string }).id = '\uFEFFemc';
    (data.partners[0]?.roles[0] as { wp: string }).wp = 'WP1\u200B';
    const file = path.join(dir, 'invisible.json');
    writeFileSync(file, JSON.stringify(data));
    let message = '';
    try {
      loadDataset(file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('partners[2].id: must be lower-case letters');
    expect(message).toContain('"\\uFEFFemc"');
    expect(message).toContain('"WP1\\u200B"');
    expect(message).not.toMatch(/[\uFEFF\u200B]/);
  });

  it('shows an invisible character in a JSON syntax error', () => {
    const file = path.join(dir, 'stray.json');
    writeFileSync(file, '{\n  "consortium":\u200B {}\n}');
    expect(() => loadDataset(file)).toThrow(/stray\.json is not valid JSON.*\\u200B/);
  });
});
