import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createHttpServer, type HttpServer } from '../../src/services/create-server.js';

const silent = createLogger('error', new Writable({ write: (_c, _e, done) => done() }));
let http: HttpServer | undefined;

afterEach(async () => {
  await new Promise((resolve) =>
    http?.server.listening ? http.server.close(resolve) : resolve(undefined),
  );
  http = undefined;
});

async function start(mounters: Parameters<typeof createHttpServer>[0]['mounters'] = []) {
  http = createHttpServer({ adapters: { slack: 'off', teams: 'off' }, mounters, logger: silent });
  const { port } = await http.listen('127.0.0.1', 0);
  return `http://127.0.0.1:${port}`;
}

describe('createHttpServer', () => {
  it('answers /healthz with 503 until ready, 200 when ready, 503 while stopping', async () => {
    const url = await start();
    const starting = await fetch(`${url}/healthz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({
      status: 'starting',
      adapters: { slack: 'off', teams: 'off' },
    });
    http?.setState('ready');
    const ready = await fetch(`${url}/healthz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', adapters: { slack: 'off', teams: 'off' } });
    http?.setState('stopping');
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
  });

  it('says clearly that Teams is off on POST /api/messages', async () => {
    const url = await start();
    const response = await fetch(`${url}/api/messages`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'teams_off' });
  });

  it('lets a mounted adapter own its route, ahead of the fallback', async () => {
    const url = await start([
      (app) => {
        app.post('/api/messages', (_req, res) => {
          res.status(202).json({ handled: true });
        });
      },
    ]);
    const response = await fetch(`${url}/api/messages`, { method: 'POST' });
    expect(response.status).toBe(202);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const url = await start();
    const response = await fetch(`${url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: 'not_found',
      message: 'No route for GET /nowhere',
    });
  });

  it('names the address when the port is taken', async () => {
    const url = await start();
    const port = Number(new URL(url).port);
    const second = createHttpServer({ adapters: {}, mounters: [], logger: silent });
    await expect(second.listen('127.0.0.1', port)).rejects.toThrow(
      `Cannot listen on 127.0.0.1:${port}: the port is in use (set PORT)`,
    );
  });
});
