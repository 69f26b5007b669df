import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createInFlight } from '../../src/services/in-flight.js';
import { shutdown } from '../../src/services/shutdown.js';

const silent = createLogger('error', new Writable({ write: (_c, _e, done) => done() }));

async function listening() {
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('shutdown', () => {
  it('stops accepting at once, finishes the replies in flight, then resolves', async () => {
    const { server, url } = await listening();
    await fetch(url); // leaves an idle keep-alive connection open
    const inFlight = createInFlight();
    let replied = false;
    void inFlight.track(delay(300).then(() => (replied = true)));
    const stopReceiving: string[] = [];
    const stopping = shutdown({
      server,
      inFlight,
      stopReceiving: [async () => void stopReceiving.push('socket')],
      // The connection pools the replies use close only once the replies are done.
      release: [async () => void stopReceiving.push(replied ? 'pool after reply' : 'pool early')],
      logger: silent,
      graceMs: 5000,
    });
    await delay(50);
    await expect(fetch(url)).rejects.toThrow();
    expect(replied).toBe(false);
    expect(await stopping).toEqual({ drained: true });
    expect(replied).toBe(true);
    expect(stopReceiving).toEqual(['socket', 'pool after reply']);
    expect(server.listening).toBe(false);
  });

  it('gives up on replies that outlast the grace period', async () => {
    const { server } = await listening();
    const inFlight = createInFlight();
    void inFlight.track(new Promise(() => {}));
    const started = Date.now();
    expect(
      await shutdown({ server, inFlight, stopReceiving: [], logger: silent, graceMs: 200 }),
    ).toEqual({
      drained: false,
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('does not fail when a tracked reply fails', async () => {
    const { server } = await listening();
    const inFlight = createInFlight();
    void inFlight
      .track(delay(50).then(() => Promise.reject(new Error('Slack is down'))))
      .catch(() => {});
    expect(
      await shutdown({ server, inFlight, stopReceiving: [], logger: silent, graceMs: 1000 }),
    ).toEqual({
      drained: true,
    });
  });
});
