import { describe, expect, it } from 'vitest';
import { createReplyQueue } from '../../src/server/reply-queue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A task that records when it starts and finishes when told. */
function gate() {
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  const state = { started: false };
  const task = async () => {
    state.started = true;
    await done;
    return 'ok';
  };
  return { task, release, state };
}

describe('createReplyQueue', () => {
  it('runs a reply at once when the server is not busy, and passes its result on', async () => {
    const queue = createReplyQueue();
    expect(await queue.run(async () => 42)).toBe(42);
    await expect(queue.run(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
  });

  it('runs only a few replies while busy, the rest once the server is idle', async () => {
    let busy = true;
    const queue = createReplyQueue({ isBusy: () => busy, busyConcurrency: 2, maxWaitMs: 60_000 });
    const gates = Array.from({ length: 5 }, gate);
    const runs = gates.map((g) => queue.run(g.task));
    await tick();
    expect(gates.map((g) => g.state.started)).toEqual([true, true, false, false, false]);
    expect(queue.waiting).toBe(3);
    busy = false;
    queue.pump();
    await tick();
    expect(gates.every((g) => g.state.started)).toBe(true);
    for (const g of gates) g.release();
    expect(await Promise.all(runs)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('starts a reply that waited maxWaitMs however busy the server stays', async () => {
    const queue = createReplyQueue({ isBusy: () => true, busyConcurrency: 0, maxWaitMs: 50 });
    const started = Date.now();
    await queue.run(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('refuses a reply when too many are waiting, with an error to log', async () => {
    const queue = createReplyQueue({ isBusy: () => true, busyConcurrency: 0, maxWaiting: 2 });
    void queue.run(async () => undefined);
    void queue.run(async () => undefined);
    await expect(queue.run(async () => undefined)).rejects.toMatchObject({
      code: 'PLATFORM_ERROR',
    });
  });
});
