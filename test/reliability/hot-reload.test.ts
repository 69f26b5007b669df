import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  renameSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/create-bot.js';
import {
  DEFAULT_DATASET_PATH,
  loadDataset,
  MAX_DATASET_BYTES,
} from '../../src/dataset/load-dataset.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../helpers/fake-slack-api.js';
import { postEvent } from '../helpers/slack-requests.js';
import { startSlackServer } from '../helpers/slack-server.js';
import { mention } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-reload-'));
const file = path.join(dir, 'dataset.json');
const original = JSON.parse(readFileSync(DEFAULT_DATASET_PATH, 'utf8')) as {
  consortium: { name: string };
  partners: { country: string }[];
};

/** Writes the dataset as an editor does: a temporary file renamed over the old one. */
function saveAtomically(text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function withName(name: string): string {
  return JSON.stringify({ ...original, consortium: { ...original.consortium, name } }, null, 2);
}

let fake: FakeSlackApi;
let running: Awaited<ReturnType<typeof startSlackServer>>;

beforeAll(async () => {
  writeFileSync(file, withName('EuCanImage'));
  fake = await startFakeSlackApi();
  running = await startSlackServer(fake, {}, 'info', {
    bot: createBot(loadDataset(file)),
    datasetFile: file,
    reloadDebounceMs: 50,
  });
});
afterAll(async () => {
  await running?.server.stop();
  await fake?.close();
});

/** Asks for help through the running server and returns the reply's text. */
async function askHelp(): Promise<string> {
  const envelope = mention('help');
  await postEvent(running.eventsUrl, envelope);
  const reply = await waitFor(
    () => fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === envelope.event.ts),
    5000,
    'the help reply',
  );
  return String(reply.body.text);
}

const logged = (msg: string) => running.logs.lines.filter((l) => l.msg === msg);

describe('dataset hot reload while the server runs', () => {
  it('serves an edit saved in place in the next answer', async () => {
    expect(await askHelp()).toContain('the EuCanImage consortium');
    writeFileSync(file, withName('Reloaded Consortium'));
    await waitFor(() => logged('dataset reloaded').length === 1, 5000, 'the reload');
    expect(await askHelp()).toContain('the Reloaded Consortium consortium');
  });

  it('serves an edit saved by rename, as editors save', async () => {
    saveAtomically(withName('Renamed Consortium'));
    await waitFor(() => logged('dataset reloaded').length === 2, 5000, 'the reload');
    expect(await askHelp()).toContain('the Renamed Consortium consortium');
  });

  it('refuses an invalid edit with its JSON paths in the log and keeps the last good one', async () => {
    const broken = structuredClone(original);
    const first = broken.partners[0];
    if (first) first.country = '';
    saveAtomically(JSON.stringify(broken));
    const refusal = await waitFor(
      () => logged('dataset reload refused: the last good dataset keeps serving')[0],
      5000,
      'the refusal',
    );
    expect(refusal.level).toBe(50);
    expect(refusal.code).toBe('DATASET_INVALID');
    expect(JSON.stringify(refusal.details)).toContain('partners[0].country');
    expect(await askHelp()).toContain('the Renamed Consortium consortium');
  });

  it('refuses a JSON syntax error, naming the file, then takes the fix', async () => {
    writeFileSync(file, '{\n  "consortium": ,\n}');
    await waitFor(() => logged('dataset reload refused: the last good dataset keeps serving')[1]);
    const refusal = logged('dataset reload refused: the last good dataset keeps serving')[1];
    // Node 20's JSON.parse gives no position for every error, so the line is not always known.
    expect(String(refusal?.reason)).toMatch(/dataset\.json is not valid JSON/);
    expect(await askHelp()).toContain('the Renamed Consortium consortium');
    saveAtomically(withName('Fixed Consortium'));
    await waitFor(() => logged('dataset reloaded').length === 3, 5000, 'the reload');
    expect(await askHelp()).toContain('the Fixed Consortium consortium');
    expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
  });

  it('does not reload when the bytes did not change', async () => {
    writeFileSync(file, readFileSync(file));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logged('dataset reloaded')).toHaveLength(3);
  });

  // Before the bounded read, a FIFO in the file's place froze the whole server on open().
  it.runIf(process.platform !== 'win32')(
    'refuses a FIFO, a device or an oversized file in its place, and keeps serving',
    async () => {
      const refusals = () =>
        logged('dataset reload refused: the last good dataset keeps serving').slice(2);
      const replace = (make: (tmp: string) => void) => {
        make(`${file}.tmp`);
        renameSync(`${file}.tmp`, file);
      };
      replace((tmp) => execFileSync('mkfifo', [tmp]));
      await waitFor(() => refusals()[0], 5000, 'the FIFO refusal');
      expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
      replace((tmp) => symlinkSync('/dev/zero', tmp));
      await waitFor(() => refusals()[1], 5000, 'the device refusal');
      replace((tmp) => {
        writeFileSync(tmp, '');
        truncateSync(tmp, MAX_DATASET_BYTES + 1);
      });
      await waitFor(() => refusals()[2], 5000, 'the size refusal');
      expect(refusals().map((r) => String(r.reason))).toEqual([
        expect.stringMatching(/dataset\.json: not a regular file \(a FIFO\)$/),
        expect.stringMatching(/dataset\.json: not a regular file \(a character device\)$/),
        expect.stringMatching(/dataset\.json: it is 24\.0 MiB, over the 24 MiB limit/),
      ]);
      expect(await askHelp()).toContain('the Fixed Consortium consortium');
      saveAtomically(withName('Regular Again'));
      await waitFor(() => logged('dataset reloaded').length === 4, 5000, 'the reload');
      expect(await askHelp()).toContain('the Regular Again consortium');
    },
  );
});
