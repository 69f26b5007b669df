import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseSince } from '../../src/cli/report.js';
import { createQuestionLog } from '../../src/services/question-log/question-log.js';
import { memoryIo } from '../helpers/cli-io.js';
import { askAndRecord, capturedLogger, logConfig, tempDir } from '../helpers/question-log.js';

const dir = tempDir();
const env = {
  QUESTION_LOG_FILE: path.join(dir.dir, 'log.sqlite'),
  QUESTION_LOG_SECRET: 'a-test-secret-of-at-least-32-characters',
};

/** Who asks what: three askers say "blorfing", which nothing explains, one twice. */
const SEED: [question: string, asker: string, reaction?: 'up' | 'down', comment?: string][] = [
  ['who does blorfing?', 'U1', 'down', 'I meant data cleaning'],
  ['who does blorfing?', 'U1'],
  ['anyone blorfing the images', 'U2'],
  ['who handles blorfing', 'U3'],
  ['who handles GDPR?', 'U1', 'up'],
  ['who handles GDPR?', 'U2'],
  ['who leads WP4', 'U3'],
];

beforeAll(async () => {
  const log = await createQuestionLog(logConfig(env), capturedLogger().logger);
  for (const [question, user, reaction, comment] of SEED) {
    const answerId = askAndRecord(log, question, user);
    if (reaction)
      log.feedback({
        answerId,
        asker: log.key.pseudonym('slack', user),
        reaction,
        comment: comment ?? null,
      });
  }
  await log.close();
});
afterAll(() => dir.remove());

async function run(args: string[], extra: Record<string, string> = {}) {
  const { io, out, err } = memoryIo('', { ...env, ...extra });
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

describe('eucanbot report', () => {
  it('groups refused questions by the words not understood, with distinct askers, and suggests', async () => {
    const { code, out } = await run(['report', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.questions).toBe(SEED.length);
    expect(report.askers).toBe(3);
    expect(report.refused.byWord[0]).toMatchObject({ word: 'blorfing', askers: 3 });
    expect(report.thumbsDown[0]).toMatchObject({
      question: 'who does blorfing?',
      comments: ['I meant data cleaning'],
    });
    expect(report.feedback).toEqual({ up: 1, down: 1 });
    expect(report.partners.map((p: { partner: string }) => p.partner)).toContain('TMF');
    expect(report.topics[0]).toMatchObject({ topic: 'gdpr', questions: 2 });
    expect(report.suggestions[0].text).toMatch(/^3 askers used "blorfing"/);
  });

  it('writes text, Markdown and CSV', async () => {
    const text = (await run(['report'])).out;
    expect(text).toContain('eucanbot report: 7 questions from 3 askers');
    expect(text).toMatch(/4×, 3 askers {2}blorfing/);
    const markdown = (await run(['report', '--format', 'markdown'])).out;
    expect(markdown).toContain('## Suggestions for the dataset');
    expect(markdown).toContain('| blorfing | 4 | 3 |');
    const csv = (await run(['report', '--since', '2d', '--format', 'csv'])).out.split('\n');
    expect(csv[0]).toBe('section,what,count,askers,detail');
    expect(csv).toContain('thumbs-down,who does blorfing?,1,1,“I meant data cleaning”');
  });

  it('reads nothing older than --since', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(
      JSON.parse((await run(['report', '--since', future, '--format', 'json'])).out).questions,
    ).toBe(0);
  });

  it('refuses a bad --since or --format with a usage error', async () => {
    expect(await run(['report', '--since', 'yesterday'])).toMatchObject({ code: 2 });
    expect((await run(['report', '--format', 'pdf'])).err).toContain('--format must be one of');
    expect(parseSince('2w', new Date('2025-03-15T00:00:00Z'))).toBe('2025-03-01T00:00:00.000Z');
  });
});

describe('eucanbot log erase', () => {
  it('erases entries before a date, then everything', async () => {
    const none = await run(['log', 'erase', '--before', '2000-01-01']);
    expect(none.out).toMatch(/^Erased 0 questions and 0 feedback entries from before 2000-01-01/);
    const all = await run(['log', 'erase']);
    expect(all.out).toMatch(/^Erased 7 questions and 2 feedback entries from /);
    expect(JSON.parse((await run(['report', '--format', 'json'])).out).questions).toBe(0);
  });
});

describe('the terminal chat', () => {
  it('records nothing by default, and with QUESTION_LOG=off creates no file', async () => {
    const { dir: empty, remove } = tempDir();
    try {
      const file = path.join(empty, 'never.sqlite');
      const off = memoryIo('who leads WP4\nquit\n', {
        QUESTION_LOG: 'off',
        QUESTION_LOG_TERMINAL: 'on',
        QUESTION_LOG_FILE: file,
      });
      expect(await main(['chat'], off.io)).toBe(0);
      const byDefault = memoryIo('who leads WP4\nquit\n', { QUESTION_LOG_FILE: file });
      expect(await main(['chat'], byDefault.io)).toBe(0);
      expect(existsSync(file)).toBe(false);
      expect((await run(['report'], { QUESTION_LOG: 'off' })).err).toContain('QUESTION_LOG=off');
    } finally {
      remove();
    }
  });

  it('records its questions with QUESTION_LOG_TERMINAL=on', async () => {
    const chat = memoryIo('who leads WP4\nquit\n', { ...env, QUESTION_LOG_TERMINAL: 'on' });
    expect(await main(['chat'], chat.io)).toBe(0);
    const report = JSON.parse((await run(['report', '--format', 'json'])).out);
    expect(report.questions).toBe(1);
  });
});
