import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAsk, runChat } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import type { Bot } from '../../src/core/create-bot.js';
import { Answer } from '../../src/core/schema/answer.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { BUILT_BIN, isBuilt } from '../helpers/built-cli.js';
import { memoryIo } from '../helpers/cli-io.js';
import { waitFor } from '../helpers/fake-slack-api.js';
import { datasetCopy, realBot } from '../helpers/real-bot.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-cli-'));

describe('eucanbot ask', () => {
  it('prints the answer text', async () => {
    const run = memoryIo();
    expect(await main(['ask', 'who leads WP4?'], run.io)).toBe(0);
    expect(run.out()).toContain('WP4 is led by UAMS/TCIA');
    expect(run.out()).toContain('“UAMS/TCIA leads WP4');
  });

  it('prints the Answer as JSON with --json', async () => {
    const run = memoryIo();
    expect(await main(['ask', '--json', 'what does BSC do'], run.io)).toBe(0);
    const answer = Answer.parse(JSON.parse(run.out()));
    expect(answer.intent).toBe('partner');
    expect(answer.partners[0]?.id).toBe('bsc');
  });

  it('answers one question per stdin line, one JSON object per line', async () => {
    const run = memoryIo('who leads wp5\n\n  \nBelgian partners\nwho fixes the coffee machine\n');
    expect(await main(['ask', '--json'], run.io)).toBe(0);
    const lines = run.out().trim().split('\n');
    expect(lines).toHaveLength(3);
    const answers = lines.map((l) => Answer.parse(JSON.parse(l)));
    expect(answers.map((a) => a.partners[0]?.id ?? null)).toEqual(['ub', 'onco', null]);
  });

  it('prints one answer per line in plain batch mode', async () => {
    const run = memoryIo('who leads wp5\nwhat does CRG do\n');
    expect(await main(['ask'], run.io)).toBe(0);
    expect(run.out().trim().split('\n')).toHaveLength(2);
  });

  it('waits for a reader that stalls instead of buffering every answer', async () => {
    const count = 400;
    const questions = Array.from({ length: count }, (_, i) => `who leads wp${(i % 7) + 1}\n`);
    const highWaterMark = 4096;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let written = '';
    // A reader that takes one chunk and then stops reading until released, as a stalled pipe.
    const stdout = new Writable({
      highWaterMark,
      write(chunk, _encoding, done) {
        written += String(chunk);
        void released.then(() => done());
      },
    });
    const io = { stdin: Readable.from(questions), stdout, stderr: new PassThrough(), env: {} };
    let finished = false;
    const run = main(['ask', '--json'], io).finally(() => (finished = true));
    await waitFor(() => stdout.writableLength >= highWaterMark, 10_000, 'the buffer to fill');
    let mostBuffered = 0;
    for (let i = 0; i < 20; i++) {
      mostBuffered = Math.max(mostBuffered, stdout.writableLength);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // At most the buffer's mark plus the one answer that crossed it.
    expect(mostBuffered).toBeLessThan(highWaterMark + 4096);
    expect(finished).toBe(false);
    release();
    expect(await run).toBe(0);
    expect(written.trim().split('\n')).toHaveLength(count);
    process.stdout.write(
      `ask with a stalled reader: at most ${mostBuffered} bytes buffered (mark ${highWaterMark})\n`,
    );
  });

  it('serves another consortium with --data', async () => {
    const data = datasetCopy();
    data.consortium.name = 'OtherNet';
    const file = path.join(tmp, 'other.json');
    writeFileSync(file, JSON.stringify(data));
    const run = memoryIo();
    expect(await main(['ask', '--data', file, 'help'], run.io)).toBe(0);
    expect(run.out()).toContain('OtherNet');
  });

  it('uses EUCANBOT_DATA when --data is absent', async () => {
    const run = memoryIo('', { EUCANBOT_DATA: path.join(tmp, 'missing.json') });
    expect(await main(['ask', 'hi'], run.io)).toBe(1);
    expect(run.err()).toMatch(/Cannot read dataset .*missing\.json/);
  });
});

/** The real bot, except that answering `bad` fails as an internal error would. */
function botFailingOn(bad: string): Bot {
  const real = realBot();
  return {
    dataset: real.dataset,
    index: real.index,
    answer(question, context) {
      if (question === bad) throw new TypeError('token.canon.startsWith is not a function');
      return real.answer(question, context);
    },
  };
}

describe('an internal error while answering', () => {
  const bot = botFailingOn('boom');

  it('costs a batch only its own line: one line on stderr, no stack, exit 1', async () => {
    const run = memoryIo('who leads wp5\nboom\nwhat does CRG do\n');
    expect(await runAsk(bot, undefined, { json: true, conversation: false }, run.io)).toBe(1);
    const answers = run
      .out()
      .trim()
      .split('\n')
      .map((l) => Answer.parse(JSON.parse(l)));
    expect(answers.map((a) => a.partners[0]?.id)).toEqual(['ub', 'crg']);
    expect(run.err()).toBe(
      'eucanbot: line 2: could not answer "boom" (TypeError: token.canon.startsWith is not a function)\n',
    );
  });

  it('costs a plain batch only its own line too', async () => {
    const run = memoryIo('boom\nwho leads wp5\n');
    expect(await runAsk(bot, undefined, { json: false, conversation: false }, run.io)).toBe(1);
    expect(run.out()).toContain('WP5 is led by');
    expect(run.err()).toMatch(/^eucanbot: line 1: could not answer "boom" \(TypeError: .*\)\n$/);
  });

  it('is one line and exit 1 for a single question', async () => {
    const run = memoryIo();
    expect(await runAsk(bot, 'boom', { json: false, conversation: false }, run.io)).toBe(1);
    expect(run.out()).toBe('');
    expect(run.err()).not.toMatch(/\n\s+at /);
    expect(run.err().trim().split('\n')).toHaveLength(1);
  });

  it('leaves the chat running', async () => {
    const run = memoryIo('boom\nwho leads wp5\nquit\n');
    expect(await runChat(bot, run.io, { conversationTtlMinutes: 30 })).toBe(0);
    expect(run.out()).toContain('WP5 is led by');
    expect(run.err()).not.toMatch(/\n\s+at /);
    expect(run.err()).toContain('could not answer "boom"');
  });

  it('no longer happens for a word named like an Object.prototype property', async () => {
    const run = memoryIo('what does constructor do?\nwho leads wp5\n');
    expect(await main(['ask', '--json'], run.io)).toBe(0);
    expect(run.out().trim().split('\n')).toHaveLength(2);
    expect(run.err()).toBe('');
  });
});

describe('eucanbot validate', () => {
  it('accepts the shipped dataset and checks sources against the document', async () => {
    const run = memoryIo();
    const source = path.join(PACKAGE_ROOT, 'data', 'eucanimage-consortium.txt');
    expect(await main(['validate', '--source', source], run.io)).toBe(0);
    expect(run.out()).toMatch(/is valid: 21 partners, 7 work packages, \d+ roles/);
  });

  it('lists every located problem and exits 1', async () => {
    const data = datasetCopy();
    // Alone in a folder, without the schema and the document it names beside it.
    Reflect.deleteProperty(data, '$schema');
    data.consortium.sourceDocument = null;
    Reflect.deleteProperty(data.partners[5] as object, 'country');
    (data.partners[0]?.roles[0] as { wp: string }).wp = 'W4';
    const file = path.join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(data));
    const run = memoryIo();
    expect(await main(['validate', file], run.io)).toBe(1);
    expect(run.err()).toContain('2 problems');
    expect(run.err()).toContain('partners[5].country: is missing (expected string)');
    expect(run.err()).toContain('partners[0].roles[0].wp: must look like "WP4"');
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['ask', '--nope', 'x'], /Unknown option '--nope'/],
    [['chat', 'extra'], /unexpected argument "extra"/],
    [['validate', 'a.json', 'b.json'], /at most one FILE/],
  ])('%j prints a usage line and exits 2', async (argv, message) => {
    const run = memoryIo();
    expect(await main(argv, run.io)).toBe(2);
    expect(run.err()).toMatch(message);
    expect(run.err()).toMatch(/^Usage: eucanbot/m);
  });

  it.each([['--help'], ['ask', '--help'], ['validate', '-h'], ['chat', '--help']])(
    '%j prints help',
    async (...argv) => {
      const run = memoryIo();
      expect(await main(argv, run.io)).toBe(0);
      expect(run.out()).toMatch(/^Usage: eucanbot/);
    },
  );
});

describe('eucanbot chat', () => {
  it('answers until quit', async () => {
    const run = memoryIo('who is the coordinator\nhelp\nquit\nwho leads wp4\n');
    expect(await main(['chat'], run.io)).toBe(0);
    expect(run.out()).toContain('coordinates EuCanImage');
    expect(run.out()).toContain('For example:');
    expect(run.out()).not.toContain('WP4 is led by');
    expect(run.out()).toContain('Bye.');
  });

  it('answers compactly, and prints the whole of the last answer on "more"', async () => {
    const answer = realBot().answer('who is in WP2');
    // Without follow-ups, "more" is the chat's own: the last answer, whole.
    const input = 'more\nwho is in WP2\nmore\nwho leads wp4\nmore\nquit\n';
    const run = memoryIo(input, { CONVERSATION_TTL_MINUTES: '0' });
    expect(await main(['chat'], run.io)).toBe(0);
    const [beforeAny, compact, full, short, whole] = run.out().split('you> ').slice(1);
    expect(beforeAny).toContain('Ask a question first');
    // The best three partners in full, the rest on one line, and how to see all of it.
    const others = answer.partners.slice(3).map((p) => p.acronym);
    expect(compact).toContain(`Also: ${others.join(', ')}.`);
    expect(compact).toContain('(Type “more” to see all of it.)');
    expect(compact?.length).toBeLessThan(answer.text.length / 2);
    expect(full?.trim()).toBe(answer.text.replace(/\*\*/g, ''));
    expect(short).toContain('WP4 is led by UAMS/TCIA');
    expect(short).not.toContain('more');
    expect(whole).toContain('That was the whole answer.');
  });

  it('reads "more" as a follow-up when it can, and prints that answer whole', async () => {
    const run = memoryIo('who leads wp4\nmore\nquit\n');
    expect(await main(['chat'], run.io)).toBe(0);
    const [, followed] = run.out().split('you> ').slice(1);
    // All of WP4, not only its leader: the core's reading of "more" after "who leads WP4?".
    expect(followed).toMatch(/\d+ partners work in WP4/);
    expect(followed).not.toContain('Also: ');
    expect(followed).not.toContain('(Type “more”');
  });
});

describe('the installed binary', () => {
  it.runIf(isBuilt)('runs from bin/ after the build', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [BUILT_BIN, 'ask', 'Belgian partners'],
      {
        cwd: os.tmpdir(),
      },
    );
    expect(stdout).toContain('ONCO');
  });
});
