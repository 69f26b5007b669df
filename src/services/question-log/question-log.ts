import type { Logger } from '../../logger.js';
import type { QuestionLogConfig } from '../../question-log-config.js';
import { type AskerKey, createAskerKey } from './asker-key.js';
import {
  describeLocation,
  type LogLocation,
  openDatabase,
  type QuestionLogDb,
} from './database.js';
import type { FeedbackInput, FeedbackRow, QuestionRow } from './entry.js';
import { migrateToLatest } from './migrations.js';
import { purgeBefore, writeBatch } from './queries.js';
import { createWriteQueue, type WriteQueueOptions, type WriteQueueStats } from './write-queue.js';

/** A day, in milliseconds: retention is counted in days, and the purge runs daily. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** What waits to be written: a question (built when written, off the reply path) or feedback. */
type Pending =
  | { kind: 'question'; build: () => QuestionRow }
  | {
      kind: 'feedback';
      row: Omit<FeedbackRow, 'answerId'> & ({ answerId: string } | { messageKey: string });
    };

/** The question log as adapters and the composition root use it. */
export interface QuestionLog {
  /** Pseudonymises askers and reply ids; the log never sees a platform's id itself. */
  readonly key: AskerKey;
  /** Queues a question; `build` runs at the next flush, not on the reply path. */
  record(build: () => QuestionRow): void;
  /** Queues one person's feedback on an answer; a later one from them replaces it. */
  feedback(input: FeedbackInput): void;
  /** Queue figures for /healthz. */
  stats(): WriteQueueStats;
  /** Writes what waits now. */
  flush(): Promise<void>;
  /** Deletes what is older than the retention period; returns what it deleted. */
  purge(): Promise<{ questions: number; feedback: number }>;
  /** Flushes, stops the daily purge and closes the database. */
  close(): Promise<void>;
}

/** Test and benchmark knobs; production uses the defaults. */
export interface QuestionLogOptions
  extends Pick<WriteQueueOptions<unknown>, 'flushMs' | 'batchSize' | 'maxQueued' | 'attempts'> {
  now?: () => Date;
}

/** Where the configuration puts the log. */
export function logLocation(config: QuestionLogConfig): LogLocation {
  return config.databaseUrl === undefined
    ? { file: config.file }
    : { databaseUrl: config.databaseUrl };
}

/**
 * Opens the question log: the database, its schema brought up to date, a batching write queue,
 * and the retention purge at start and then daily. A database that cannot be reached does not
 * stop the start: it is logged once, and the queue keeps trying (see write-queue.ts).
 */
export async function createQuestionLog(
  config: QuestionLogConfig,
  logger: Logger,
  options: QuestionLogOptions = {},
): Promise<QuestionLog> {
  const now = options.now ?? (() => new Date());
  const location = logLocation(config);
  const key = createAskerKey(config.secret);
  const db: QuestionLogDb = await openDatabase(location);
  let ready: Promise<void> | undefined;
  // Retried by each write until it works: PostgreSQL may come up after eucanbot.
  const ensureReady = (): Promise<void> => {
    ready ??= migrateToLatest(db).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  const queue = createWriteQueue<Pending>({
    ...options,
    logger,
    async write(batch) {
      await ensureReady();
      const questions = batch.flatMap((p) => (p.kind === 'question' ? [p.build()] : []));
      const feedback = batch.flatMap((p) => (p.kind === 'feedback' ? [p.row] : []));
      const { unmatched } = await writeBatch(db, questions, feedback);
      if (unmatched > 0)
        logger.info({ unmatched }, 'question log: feedback on an answer it does not hold');
    },
  });
  const purge = async () => {
    await ensureReady();
    const before = new Date(now().getTime() - config.retentionDays * DAY_MS).toISOString();
    const deleted = await purgeBefore(db, before);
    logger.info({ ...deleted, retentionDays: config.retentionDays }, 'question log purged');
    return deleted;
  };
  const purgeLogged = () =>
    purge().catch((error: unknown) =>
      logger.warn({ err: { message: (error as Error).message } }, 'question log: purge failed'),
    );
  void purgeLogged();
  const daily = setInterval(() => void purgeLogged(), DAY_MS);
  daily.unref();
  logger.info(
    {
      where: describeLocation(location),
      retentionDays: config.retentionDays,
      askerKey: key.ephemeral ? 'random, this process only' : 'QUESTION_LOG_SECRET',
    },
    key.ephemeral
      ? 'question log on; QUESTION_LOG_SECRET is unset, so askers are hashed with a random key that lives only as long as this process'
      : 'question log on',
  );
  return {
    key,
    record: (build) => queue.push({ kind: 'question', build }),
    feedback(input) {
      queue.push({ kind: 'feedback', row: { ...input, givenAt: now().toISOString() } });
    },
    stats: () => queue.stats(),
    flush: () => queue.flush(),
    purge,
    async close() {
      clearInterval(daily);
      await queue.close();
      const stats = queue.stats();
      if (stats.failing || stats.queued > 0)
        logger.warn(stats, 'question log closed with entries unwritten');
      await db.destroy().catch(() => undefined);
    },
  };
}
