import { EucanbotError } from '../core/errors.js';

/**
 * Replies waiting for the server to finish acknowledging requests. Slack wants every request
 * acknowledged within 3 seconds and delivers it again otherwise
 * (https://docs.slack.dev/apis/events-api/#retries), while a reply a little later is harmless; so
 * under a burst the acks go first and few replies run at once, instead of each reply's work (the
 * answer, the render, the call to Slack) delaying the next ack. Once the server is idle, or a
 * reply has waited `maxWaitMs`, replies run at full concurrency.
 */
export interface ReplyQueue {
  /** Runs `task` once the server is not busy acknowledging, or after `maxWaitMs` at the latest. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Starts what can start; call it when the server stops being busy. */
  pump(): void;
  /** Replies waiting to start. */
  readonly waiting: number;
}

/** Options for {@link createReplyQueue}. */
export interface ReplyQueueOptions {
  /** True while requests are being acknowledged; replies then wait (default: never busy). */
  isBusy?: () => boolean;
  /** Replies running at once. */
  concurrency?: number;
  /** Replies running at once while the server is busy, so that they take little from the acks. */
  busyConcurrency?: number;
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
    concurrency = 32,
    busyConcurrency = 4,
    maxWaitMs = 5000,
    maxWaiting = 10_000,
    now = Date.now,
  } = options;
  const jobs: Job[] = [];
  let running = 0;
  let timer: NodeJS.Timeout | undefined;
  let scheduled = false;

  const pump = (): void => {
    scheduled = false;
    clearTimeout(timer);
    timer = undefined;
    while (jobs.length > 0) {
      const oldest = jobs[0] as Job;
      const overdue = now() - oldest.queuedAt >= maxWaitMs;
      const limit = isBusy() && !overdue ? busyConcurrency : concurrency;
      if (running >= limit) break;
      jobs.shift();
      running += 1;
      oldest.start();
    }
    // While busy, wake up when the oldest reply has waited long enough.
    const oldest = jobs[0];
    if (oldest && running < concurrency)
      timer = setTimeout(pump, Math.max(1, oldest.queuedAt + maxWaitMs - now())).unref();
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
    pump: schedule,
    run(task) {
      if (jobs.length >= maxWaiting)
        return Promise.reject(
          new EucanbotError('PLATFORM_ERROR', `${jobs.length} replies are waiting already`),
        );
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
