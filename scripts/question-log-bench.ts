/**
 * `npx tsx scripts/question-log-bench.ts [--postgres URL]`: what the question log costs. Answers
 * the golden questions with the log off and on (recordAnswer, as the adapters call it), and
 * times the flushes apart, so that the figures say what the reply path pays and what the
 * writes cost. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadBot } from '../src/cli/commands.js';
import { loadConfig } from '../src/config.js';
import { DEFAULT_DATASET_PATH } from '../src/dataset/load-dataset.js';
import { createLogger } from '../src/logger.js';
import { createQuestionLog, type QuestionLog } from '../src/services/question-log/question-log.js';
import { newAnswerId, recordAnswer } from '../src/services/question-log/record-answer.js';
import { loadGoldenSet } from '../test/golden/golden-set.js';

const ROUNDS = 5;
const write = (text: string): boolean => process.stdout.write(`${text}\n`);
const bot = loadBot(DEFAULT_DATASET_PATH);
const questions = loadGoldenSet().map((c) => c.q);
const postgres = process.argv.indexOf('--postgres');
const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-bench-'));
const env =
  postgres > 0
    ? { DATABASE_URL: process.argv[postgres + 1] ?? '' }
    : { QUESTION_LOG_FILE: path.join(dir, 'log.sqlite') };
const silent = createLogger('warn', new Writable({ write: (_c, _e, done) => done() }));

function answerAll(log: QuestionLog | undefined): number {
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++)
    for (const question of questions) {
      const answer = bot.answer(question);
      recordAnswer(log, bot, {
        answerId: newAnswerId(),
        surface: 'slack-dm',
        asker: { platform: 'slack', id: 'U1' },
        answer,
      });
    }
  return performance.now() - started;
}

answerAll(undefined); // warm up
const off = answerAll(undefined);
// A timer longer than the run: the flushes are timed apart, below.
const config = loadConfig(env).questionLog;
if (config === undefined) throw new Error('QUESTION_LOG=off: nothing to measure');
const log = await createQuestionLog(config, silent, {
  flushMs: 3_600_000,
  batchSize: 1_000_000,
  maxQueued: 1_000_000,
});
const on = answerAll(log);
const entries = log.stats().queued;
const flushStarted = performance.now();
await log.flush();
const flush = performance.now() - flushStarted;
await log.close();
rmSync(dir, { recursive: true, force: true });
const n = ROUNDS * questions.length;
const rate = (ms: number) => Math.round((n / ms) * 1000);
write(
  `${n} answers (${questions.length} golden questions × ${ROUNDS}) on ${postgres > 0 ? 'PostgreSQL' : 'SQLite'}`,
);
write(`log off: ${rate(off)} answers/s; log on (queued): ${rate(on)} answers/s`);
write(
  `flush: ${entries} entries in ${Math.round(flush)} ms, ${(flush / entries).toFixed(3)} ms an entry (building each row and writing it)`,
);
