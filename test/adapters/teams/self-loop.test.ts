import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEAMS_LIMITS } from '../../../adapters/teams/limits.js';
import { limitSendsPerTurn } from '../../../adapters/teams/loop-guard.js';
import { createTeamsSdkAdapter } from '../../../adapters/teams/sdk-adapter.js';
import { createRateLimiter } from '../../../src/services/rate-limit.js';
import { type FakeConnector, startFakeConnector } from './helpers/fake-connector.js';
import { BOT_ID, teamsActivity } from './helpers/fixtures.js';
import {
  DEV_CONFIG,
  postActivity,
  startTeamsServer,
  type TeamsServer,
} from './helpers/teams-server.js';

let connector: FakeConnector;
let server: TeamsServer;

beforeAll(async () => {
  connector = await startFakeConnector();
  // The default rate limit: before the fix it was all that ended the loop, after 40 answers.
  server = await startTeamsServer(
    {},
    {
      rateLimit: createRateLimiter({ perWindow: 20 }),
      connectorRetry: {
        attempts: 1,
        baseDelayMs: 10,
        maxDelayMs: 10,
        budgetMs: 1000,
        timeoutMs: 2000,
      },
    },
  );
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
});
beforeEach(() => {
  connector.calls.length = 0;
});

/** Prints a measured figure with the test output, for docs/RELIABILITY.md. */
function report(line: string): void {
  // biome-ignore lint/suspicious/noConsole: the figure is the point of the measurement.
  console.info(line);
}

const handled = () => server.logs.filter((l) => l.msg === 'message handled').length;

describe('the bot never answers itself', () => {
  it('refuses a serviceUrl that leads back to its own endpoint: one request, no answer', async () => {
    const before = handled();
    // The connector path lands in the query string, so each reply arrives as a new activity.
    const serviceUrl = `${server.url}/api/messages?to=`;
    const res = await postActivity(server.url, teamsActivity('personal-chat', serviceUrl));
    await server.settled();
    const answers = handled() - before;
    report(`one activity whose serviceUrl is the bot's own endpoint: ${answers} answers`);
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/not allowed/);
    expect(answers).toBe(0);
  });

  it.each([
    ['localhost', (port: string) => `http://localhost:${port}/`],
    ['[::1]', (port: string) => `http://[::1]:${port}/`],
  ])('refuses its own port named as %s', async (_name, url) => {
    const serviceUrl = url(new URL(server.url).port);
    const res = await postActivity(server.url, teamsActivity('personal-chat', serviceUrl));
    expect(res.status).toBe(400);
  });

  it.each([
    ['its own account (from.id is recipient.id)', { from: { id: BOT_ID, name: 'eucanbot' } }],
    ['another bot (from.role is bot)', { from: { id: '28:other-bot', name: 'x', role: 'bot' } }],
  ])('does not answer an activity sent by %s', async (_name, overrides) => {
    const activity = teamsActivity('personal-chat', connector.url, overrides);
    const res = await postActivity(server.url, activity);
    await server.settled();
    expect(res.status).toBe(200);
    expect(connector.calls).toHaveLength(0);
    expect(server.logs.at(-1)?.msg).toBe('activity sent by a bot ignored');
  });

  it('still answers people', async () => {
    const res = await postActivity(server.url, teamsActivity('personal-chat', connector.url));
    expect(res.status).toBe(200);
    expect(connector.calls).toHaveLength(1);
  });
});

describe('one activity causes a bounded number of sends', () => {
  it(`sends at most ${TEAMS_LIMITS.maxSendsPerTurn} activities in one turn, and logs the rest`, async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const { adapter } = createTeamsSdkAdapter(DEV_CONFIG, 'anonymous-dev');
    limitSendsPerTurn(adapter, TEAMS_LIMITS.maxSendsPerTurn, logger);
    const app = express();
    app.post('/api/messages', express.json(), (req, res) =>
      adapter.process(req, res, async (context) => {
        for (let i = 0; i < 10; i++) await context.sendActivity(`reply ${i}`);
      }),
    );
    const http: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      const res = await postActivity(url, teamsActivity('personal-chat', connector.url));
      expect(res.status).toBe(200);
      expect(connector.calls).toHaveLength(TEAMS_LIMITS.maxSendsPerTurn);
      expect(lines.join('')).toContain('Teams sends over the per-turn limit dropped');
    } finally {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
