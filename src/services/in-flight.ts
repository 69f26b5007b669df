/** Replies still being sent, so that a shutdown can wait for them. */
export interface InFlight {
  /** Tracks a task until it settles and returns it unchanged. */
  track<T>(task: Promise<T>): Promise<T>;
  /** How many tracked tasks have not settled yet. */
  readonly size: number;
  /** Resolves true once every tracked task settled, or false when `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
}

/** Creates an empty in-flight tracker. */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(task) {
      const settled = task.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return task;
    },
    get size() {
      return pending.size;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const all = (async () => {
        // Replies started while draining are waited for too.
        while (pending.size > 0) await Promise.all(pending);
        return true as const;
      })();
      try {
        return await Promise.race([all, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
