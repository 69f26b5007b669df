import { describe, expect, it } from 'vitest';
import { createReplyQueue } from '../../src/services/reply-queue.js';

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

  it('holds replies while the server is busy and starts them all once it is not', async () => {
    let busy = true;
    const queue = createReplyQueue({ isBusy: () => busy, recheckMs: 10, maxWaitMs: 60_000 });
    const gates = Array.from({ length: 5 }, gate);
    const runs = gates.map((g) => queue.run(g.task));
    await tick();
    expect(gates.map((g) => g.state.started)).toEqual([false, false, false, false, false]);
    expect(queue.waiting).toBe(5);
    // Nobody calls pump(): the queue looks again by itself.
    busy = false;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(gates.every((g) => g.state.started)).toBe(true);
    for (const g of gates) g.release();
    expect(await Promise.all(runs)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('never runs more than its concurrency at once', async () => {
    const queue = createReplyQueue({ concurrency: 2 });
    const gates = Array.from({ length: 4 }, gate);
    const runs = gates.map((g) => queue.run(g.task));
    await tick();
    expect(gates.map((g) => g.state.started)).toEqual([true, true, false, false]);
    gates[0]?.release();
    await tick();
    expect(gates.map((g) => g.state.started)).toEqual([true, true, true, false]);
    for (const g of gates) g.release();
    await Promise.all(runs);
  });

  it('starts a reply that waited maxWaitMs however busy the server stays', async () => {
    const queue = createReplyQueue({ isBusy: () => true, maxWaitMs: 50 });
    const started = Date.now();
    await queue.run(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('refuses a reply when too many are waiting, with an error to log', async () => {
    const queue = createReplyQueue({ isBusy: () => true, maxWaiting: 2 });
    void queue.run(async () => undefined);
    void queue.run(async () => undefined);
    await expect(queue.run(async () => undefined)).rejects.toMatchObject({
      code: 'PLATFORM_ERROR',
    });
  });

  it('counts the replies it drops, and runs the fallback at once instead when given', async () => {
    const queue = createReplyQueue({ isBusy: () => true, maxWaiting: 1 });
    void queue.run(async () => 'queued');
    expect(queue.dropped).toBe(0);
    await expect(queue.run(async () => 'dropped')).rejects.toThrow(/waiting already/);
    expect(
      await queue.run(
        async () => 'dropped',
        async () => 'told busy',
      ),
    ).toBe('told busy');
    expect(queue.dropped).toBe(2);
    expect(queue.waiting).toBe(1);
  });
});
