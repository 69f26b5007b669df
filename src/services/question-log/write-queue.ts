import type { Logger } from '../../logger.js';

/** How the queue batches: every `flushMs`, or as soon as `batchSize` items wait. */
export interface WriteQueueOptions<T> {
  write(batch: T[]): Promise<void>;
  logger: Logger;
  /** Longest an item waits before it is written (default 1 s). */
  flushMs?: number;
  /** Items that start a flush at once, and the most written together (default 100). */
  batchSize?: number;
  /** Items held at most; more are dropped and counted (default 10,000). */
  maxQueued?: number;
  /** Times a batch is tried before it is given up (default 3). */
  attempts?: number;
}

/** What the queue has done, for /healthz and the logs. */
export interface WriteQueueStats {
  queued: number;
  written: number;
  /** Items never written: the queue was full, or their batch failed every attempt. */
  dropped: number;
  /** Whether the last write failed (the database is down, locked or full). */
  failing: boolean;
}

/** A bounded in-memory queue whose writes run off the caller's path. */
export interface WriteQueue<T> {
  /** Never blocks nor throws: a full queue drops the item and counts it. */
  push(item: T): void;
  /** Writes what waits now; resolves when done or failed (failures are logged, not thrown). */
  flush(): Promise<void>;
  stats(): WriteQueueStats;
  /** Stops the timer, then flushes what waits. */
  close(): Promise<void>;
}

/**
 * Batches writes off the reply path. A database that is down, locked or full is logged once when
 * it starts failing and once when it recovers, with the count of failed batches, never once per
 * question; the items wait (bounded) for the next flush and are dropped after `attempts`.
 */
export function createWriteQueue<T>(options: WriteQueueOptions<T>): WriteQueue<T> {
  const { logger } = options;
  const flushMs = options.flushMs ?? 1000;
  // About 30 ms of work a batch on a loaded machine (scripts/question-log-bench.ts): short
  // enough that a flush never holds the event loop long from the replies.
  const batchSize = options.batchSize ?? 100;
  const maxQueued = options.maxQueued ?? 10_000;
  const attempts = options.attempts ?? 3;
  const queue: { item: T; tries: number }[] = [];
  let written = 0;
  let dropped = 0;
  let failures = 0;
  let running: Promise<void> | undefined;

  const writeOnce = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      try {
        await options.write(batch.map((b) => b.item));
      } catch (error) {
        if (failures === 0)
          logger.error(
            { err: { message: error instanceof Error ? error.message : String(error) } },
            'question log: writing failed; answers go on, entries wait (logged once)',
          );
        failures += 1;
        for (const b of batch) b.tries += 1;
        const given = queue.filter((b, i) => i < batch.length && b.tries >= attempts).length;
        if (given > 0) {
          queue.splice(0, batch.length, ...batch.filter((b) => b.tries < attempts));
          dropped += given;
        }
        return;
      }
      queue.splice(0, batch.length);
      written += batch.length;
      if (failures > 0) {
        logger.warn({ failedBatches: failures, dropped }, 'question log: writing again');
        failures = 0;
      }
    }
  };
  const flush = (): Promise<void> => {
    running ??= writeOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();

  return {
    push(item) {
      if (queue.length >= maxQueued) {
        dropped += 1;
        return;
      }
      queue.push({ item, tries: 0 });
      if (queue.length >= batchSize && running === undefined) void flush();
    },
    flush: async () => {
      // A flush in progress may have started before the latest items: run once more after it.
      await running;
      await flush();
    },
    stats: () => ({ queued: queue.length, written, dropped, failing: failures > 0 }),
    async close() {
      clearInterval(timer);
      await this.flush();
    },
  };
}
