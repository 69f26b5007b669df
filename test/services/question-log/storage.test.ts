import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/services/question-log/database.js';
import { readSince } from '../../../src/services/question-log/queries.js';
import {
  createQuestionLog,
  logLocation,
  type QuestionLog,
} from '../../../src/services/question-log/question-log.js';
import { hasPostgres, type PostgresServer, startPostgres } from '../../helpers/postgres-server.js';
import {
  askAndRecord,
  capturedLogger,
  freshDatabase,
  logConfig,
  tempDir,
} from '../../helpers/question-log.js';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const DAY = 86_400_000;

/** The variables that put the log where the dialect under test wants it. */
type Where = () => Promise<Record<string, string>>;

let postgres: PostgresServer | undefined;
const dirs: (() => void)[] = [];
beforeAll(async () => {
  if (hasPostgres) postgres = await startPostgres();
}, 20_000);
afterAll(async () => {
  await postgres?.stop();
  for (const remove of dirs) remove();
});

const sqlite: Where = async () => {
  const { dir, remove } = tempDir();
  dirs.push(remove);
  return { QUESTION_LOG_FILE: path.join(dir, 'log.sqlite') };
};
const postgresql: Where = async () => {
  if (!postgres) throw new Error('no PostgreSQL server');
  return { DATABASE_URL: await freshDatabase(postgres.url) };
};

/** Asks the real bot and records the answer, with a reply reference as Teams gives one. */
function ask(log: QuestionLog, question: string, user: string) {
  return askAndRecord(log, question, user, (answerId) => `C1|${answerId}`);
}

async function rows(env: Record<string, string>) {
  const db = await openDatabase(logLocation(logConfig(env)));
  try {
    return await readSince(db, '1970-01-01T00:00:00.000Z');
  } finally {
    await db.destroy();
  }
}

describe.each([
  ['the embedded SQLite file', sqlite, true],
  [
    hasPostgres
      ? 'PostgreSQL 15'
      : 'PostgreSQL 15 (SKIPPED: not installed in /usr/lib/postgresql/15/bin; .ci/run installs it)',
    postgresql,
    hasPostgres,
  ],
] as const)('the question log on %s', (_name, where, available) => {
  it.skipIf(!available)(
    'stores what was asked and understood, with the asker as a keyed hash only',
    async () => {
      const env = { ...(await where()), QUESTION_LOG_SECRET: SECRET };
      const log = await createQuestionLog(logConfig(env), capturedLogger().logger);
      const id = ask(log, 'who handles anonymisation and blorfing?', 'U123ALICE');
      ask(log, 'who leads WP4', 'U456BOB');
      await log.close();
      const stored = await rows(env);
      expect(stored).toHaveLength(2);
      const first = stored.find((r) => r.id === id);
      expect(first).toMatchObject({
        surface: 'slack-dm',
        question: 'who handles anonymisation and blorfing?',
        unexplained: ['blorfing'],
      });
      expect(first?.understood.topics).toContain('anonymisation');
      expect(first?.asker).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored)).not.toContain('U123ALICE');
      expect(stored.find((r) => r.id !== id)?.understood.workPackages).toEqual(['WP4']);
    },
  );

  it.skipIf(!available)(
    'keeps one feedback per person and answer: a second click changes it',
    async () => {
      const env = { ...(await where()), QUESTION_LOG_SECRET: SECRET };
      const log = await createQuestionLog(logConfig(env), capturedLogger().logger);
      const id = ask(log, 'who handles GDPR', 'U1');
      const ann = log.key.pseudonym('slack', 'U1');
      const ben = log.key.pseudonym('slack', 'U2');
      log.feedback({ answerId: id, asker: ann, reaction: 'down', comment: 'not the lawyers' });
      await log.flush();
      log.feedback({ answerId: id, asker: ann, reaction: 'up', comment: null });
      log.feedback({ answerId: id, asker: ben, reaction: 'down', comment: null });
      // Teams names the reply, not the answer: found through the reply's keyed hash.
      log.feedback({
        messageKey: log.key.pseudonym('slack-message', `C1|${id}`),
        asker: ben,
        reaction: 'up',
        comment: 'fine after all',
      });
      await log.close();
      const [row] = await rows(env);
      expect(row?.feedback).toHaveLength(2);
      expect(row?.feedback.find((f) => f.asker === ann)).toMatchObject({
        reaction: 'up',
        comment: 'not the lawyers',
      });
      expect(row?.feedback.find((f) => f.asker === ben)).toMatchObject({
        reaction: 'up',
        comment: 'fine after all',
      });
    },
  );

  it.skipIf(!available)('purges entries older than the retention period, at start', async () => {
    const env = { ...(await where()), QUESTION_LOG_RETENTION_DAYS: '30' };
    const { logger, lines } = capturedLogger();
    let now = new Date(Date.now() - 40 * DAY);
    const old = await createQuestionLog(logConfig(env), logger, { now: () => now });
    const oldId = ask(old, 'who leads WP1', 'U1');
    old.feedback({
      answerId: oldId,
      asker: old.key.pseudonym('slack', 'U1'),
      reaction: 'up',
      comment: null,
    });
    await old.close();
    // recordAnswer stamps with the real clock: age that row as 40 days old by hand.
    const db = await openDatabase(logLocation(logConfig(env)));
    await db.updateTable('questions').set({ asked_at: now.toISOString() }).execute();
    await db.destroy();
    now = new Date();
    const fresh = await createQuestionLog(logConfig(env), logger, { now: () => now });
    const freshId = ask(fresh, 'who leads WP2', 'U1');
    await fresh.flush();
    expect(await fresh.purge()).toEqual({ questions: 0, feedback: 0 });
    await fresh.close();
    expect((await rows(env)).map((r) => r.id)).toEqual([freshId]);
    expect(
      lines().some((l) => l.msg === 'question log purged' && l.questions === 1 && l.feedback === 1),
    ).toBe(true);
  });
});

describe('a database that is down', () => {
  it('is logged once, never throws, and counts what it drops', async () => {
    // Nothing listens on port 9 (discard) of loopback: every connection is refused.
    const env = { DATABASE_URL: 'postgres://nobody:hunter2-secret@127.0.0.1:9/none' };
    const { logger, lines } = capturedLogger();
    const log = await createQuestionLog(logConfig(env), logger, {
      flushMs: 20,
      attempts: 2,
      maxQueued: 3,
    });
    for (let i = 0; i < 5; i++) ask(log, 'who leads WP3', `U${i}`);
    await log.flush();
    await log.flush();
    await log.close();
    const errors = lines().filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.msg)).toContain('question log: writing failed');
    // Two over the bound at once, three after their attempts.
    expect(log.stats()).toMatchObject({ dropped: 5, queued: 0, written: 0 });
    expect(JSON.stringify(lines())).not.toContain('hunter2');
  });
});
