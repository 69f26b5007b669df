import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { QuestionLogConfig } from '../../src/question-log-config.js';
import {
  createQuestionLog,
  type QuestionLog,
} from '../../src/services/question-log/question-log.js';
import { newAnswerId, recordAnswer } from '../../src/services/question-log/record-answer.js';
import { realBot } from './real-bot.js';

/** A logger whose JSON lines the test reads. */
export function capturedLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  let raw = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString('utf8');
      done();
    },
  });
  return {
    logger: createLogger('info', sink),
    lines: () =>
      raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** The question log's config from these variables, as `eucanbot serve` reads them. */
export function logConfig(env: Record<string, string>): QuestionLogConfig {
  const config = loadConfig(env).questionLog;
  if (config === undefined) throw new Error('the question log is off');
  return config;
}

/** A temp dir for an embedded log, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-log-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An embedded question log in a temp dir that flushes every 50 ms, as a test's server uses it;
 * `close` closes it and removes the dir.
 */
export async function scratchQuestionLog(): Promise<{
  log: QuestionLog;
  config: QuestionLogConfig;
  close: () => Promise<void>;
}> {
  const dir = tempDir();
  const config = logConfig({ QUESTION_LOG_FILE: path.join(dir.dir, 'log.sqlite') });
  const log = await createQuestionLog(config, capturedLogger().logger, { flushMs: 50 });
  return {
    log,
    config,
    close: async () => {
      await log.close();
      dir.remove();
    },
  };
}

let databases = 0;

/** A fresh, empty database on the server, so that each test starts from nothing. */
export async function freshDatabase(serverUrl: string): Promise<string> {
  const name = `eucanbot_test_${process.pid}_${++databases}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Asks the real bot and records the answer as the Slack DM adapter does; `messageRef` as a Teams
 * reply would carry one. Returns the answer's id, which feedback names.
 */
export function askAndRecord(
  log: QuestionLog,
  question: string,
  user: string,
  messageRef?: (answerId: string) => string,
): string {
  const answerId = newAnswerId();
  recordAnswer(log, realBot(), {
    answerId,
    surface: 'slack-dm',
    asker: { platform: 'slack', id: user },
    answer: realBot().answer(question),
    ...(messageRef ? { messageRef: messageRef(answerId) } : {}),
  });
  return answerId;
}
