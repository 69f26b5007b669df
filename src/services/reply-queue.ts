import { EucanbotError } from '../core/errors.js';

/**
 * Replies waiting for the server to finish acknowledging requests. Slack wants every request
 * acknowledged within 3 seconds and delivers it again otherwise
 * (https://docs.slack.dev/apis/events-api/#retries), and a slash command not acknowledged in time
 * shows the person an error, while a reply a second later is harmless. A reply (the answer, the
 * render, the call to Slack) costs about twice an ack, so under a burst that saturates the
 * server the acks go first and the replies wait, instead of each reply delaying the next ack.
 * When the server is not saturated (a steady load it can carry, or the burst is over), or a reply
 * has waited `maxWaitMs`, replies run at full concurrency.
 */
export interface ReplyQueue {
  /**
   * Runs `task` once the server is not busy acknowledging, or after `maxWaitMs` at the latest.
   * When `maxWaiting` replies wait already, `task` is dropped and counted: `whenFull` runs at
   * once instead (a short notice), or without it the promise rejects.
   */
  run<T>(task: () => Promise<T>, whenFull?: () => Promise<T>): Promise<T>;
  /** Replies waiting to start. */
  readonly waiting: number;
  /** Replies dropped because the queue was full, since it was created. */
  readonly dropped: number;
}

/** Options for {@link createReplyQueue}. */
export interface ReplyQueueOptions {
  /** True while acks need the server; replies then wait (default: never busy). */
  isBusy?: () => boolean;
  /** How often waiting replies look again whether the server is still busy (default 25 ms). */
  recheckMs?: number;
  /** Replies running at once. */
  concurrency?: number;
  /** Longest wait before a reply starts however busy the server is, so none starves. */
  maxWaitMs?: number;
  /** Most replies waiting; beyond it a reply is refused (with an error to log) rather than kept. */
  maxWaiting?: number;
  now?: () => number;
}

interface Job {
  start: () => void;
  queuedAt: number;
}

/** Creates a reply queue; see {@link ReplyQueue}. */
export function createReplyQueue(options: ReplyQueueOptions = {}): ReplyQueue {
  const {
    isBusy = () => false,
    recheckMs = 25,
    concurrency = 32,
    maxWaitMs = 5000,
    maxWaiting = 10_000,
    now = Date.now,
  } = options;
  const jobs: Job[] = [];
  let running = 0;
  let timer: NodeJS.Timeout | undefined;
  let scheduled = false;
  let dropped = 0;

  const pump = (): void => {
    scheduled = false;
    clearTimeout(timer);
    timer = undefined;
    while (jobs.length > 0 && running < concurrency) {
      const oldest = jobs[0] as Job;
      if (now() - oldest.queuedAt < maxWaitMs && isBusy()) break;
      jobs.shift();
      running += 1;
      oldest.start();
    }
    // While busy, look again soon; the oldest reply waits no longer than maxWaitMs.
    const oldest = jobs[0];
    if (oldest && running < concurrency)
      timer = setTimeout(
        pump,
        Math.max(1, Math.min(recheckMs, oldest.queuedAt + maxWaitMs - now())),
      ).unref();
  };
  // setImmediate lets the I/O already waiting (more requests to acknowledge) go first.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  };

  return {
    get waiting() {
      return jobs.length;
    },
    get dropped() {
      return dropped;
    },
    run(task, whenFull) {
      if (jobs.length >= maxWaiting) {
        dropped += 1;
        if (whenFull) return whenFull();
        return Promise.reject(
          new EucanbotError('PLATFORM_ERROR', `${jobs.length} replies are waiting already`),
        );
      }
      return new Promise((resolve, reject) => {
        jobs.push({
          queuedAt: now(),
          start: () => {
            task()
              .then(resolve, reject)
              .finally(() => {
                running -= 1;
                schedule();
              });
          },
        });
        schedule();
      });
    },
  };
}
