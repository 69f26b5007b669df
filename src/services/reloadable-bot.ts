import { createHash } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import { type Bot, createBot } from '../core/create-bot.js';
import { EucanbotError } from '../core/errors.js';
import { parseDatasetBytes, readDatasetBytes } from '../dataset/load-dataset.js';
import { loadIndexOptions } from '../dataset/load-knowledge.js';
import type { Logger } from '../logger.js';

/** A Bot that answers from the last good dataset, and reloads it when its file changes. */
export interface ReloadableBot {
  /** Hand this to the adapters: every call reads the current dataset. */
  readonly bot: Bot;
  /** Reads the file again now; true when a new dataset is serving. Used by the watcher. */
  reload(): boolean;
  /** Stops watching the file. */
  close(): void;
}

/** Options for {@link watchDataset}. */
export interface WatchOptions {
  /** Quiet time after the last change before reloading: editors write a file in several steps. */
  debounceMs?: number;
}

const digest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A Bot whose `dataset`, `index` and `answer` follow `current()`. */
function delegatingBot(current: () => Bot): Bot {
  return {
    get dataset() {
      return current().dataset;
    },
    get index() {
      return current().index;
    },
    answer: (question, context) => current().answer(question, context),
  };
}

/**
 * Serves `initial` and watches `file`: a valid edit swaps in a new bot (the index is built in a
 * timer, off the request path), a broken one is refused with its located errors in the log and
 * the last good dataset keeps serving. The directory is watched, not the file, because editors
 * and `mv` replace the file, and a watch on the old file would go quiet.
 */
export function watchDataset(
  initial: Bot,
  file: string,
  logger: Logger,
  options: WatchOptions = {},
): ReloadableBot {
  const log = logger.child({ dataset: path.relative(process.cwd(), file) || file });
  let current = initial;
  let loadedDigest: string | undefined;
  try {
    loadedDigest = digest(readDatasetBytes(file));
  } catch {
    // Unreadable now: the next change is reloaded, whatever it holds.
  }
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;

  const reload = (): boolean => {
    const started = performance.now();
    try {
      // Read once, bounded: the digest and the parse see the same bytes, and a FIFO or a device
      // put in the file's place is refused without blocking the server.
      const bytes = readDatasetBytes(file);
      const next = digest(bytes);
      // Touching or rewriting the same bytes changes nothing.
      if (next === loadedDigest) return false;
      const dataset = parseDatasetBytes(bytes, file);
      const bot = createBot(dataset, loadIndexOptions(file, dataset));
      current = bot;
      loadedDigest = next;
      log.info(
        {
          partners: bot.dataset.partners.length,
          ms: Math.round(performance.now() - started),
        },
        'dataset reloaded',
      );
      return true;
    } catch (error) {
      const details = error instanceof EucanbotError ? error.details : [];
      log.error(
        {
          code: error instanceof EucanbotError ? error.code : 'UNEXPECTED',
          reason: error instanceof Error ? error.message : String(error),
          details,
        },
        'dataset reload refused: the last good dataset keeps serving',
      );
      return false;
    }
  };

  const schedule = (_event: string, name: string | Buffer | null) => {
    if (name !== null && String(name) !== path.basename(file)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, options.debounceMs ?? 200);
  };
  try {
    watcher = watch(path.dirname(file), { persistent: false }, schedule);
    watcher.on('error', (error) => log.warn({ err: error }, 'dataset watch failed; reload is off'));
  } catch (error) {
    log.warn({ err: error }, 'cannot watch the dataset; reload is off');
  }
  return {
    bot: delegatingBot(() => current),
    reload,
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
