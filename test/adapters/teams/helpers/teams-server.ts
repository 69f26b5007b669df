import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { decideTeamsMode } from '../../../../adapters/teams/config.js';
import {
  mountTeams,
  type TeamsConfig,
  type TeamsDeps,
  type TeamsModeDecision,
} from '../../../../adapters/teams/index.js';
import { realBot } from '../../../helpers/real-bot.js';
import { type FakeConnector, startFakeConnector } from './fake-connector.js';

/** The server's log, one parsed JSON object a line. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** An express server on 127.0.0.1 with the Teams endpoint mounted through the real SDK. */
export interface TeamsServer {
  url: string;
  decision: TeamsModeDecision;
  logs: LogLine[];
  /** The raw log text, to check that no secret is in it. */
  rawLog(): string;
  /** Resolves when every request's work has finished. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** Defaults: anonymous local development, as TEAMS_DEV_ANONYMOUS=true sets it. */
export const DEV_CONFIG: TeamsConfig = {
  appId: undefined,
  appPassword: undefined,
  tenantId: undefined,
  devAnonymous: true,
  host: '127.0.0.1',
  nodeEnv: 'development',
};

/** Starts a server with the given Teams config, logging at debug into memory. */
export async function startTeamsServer(
  config: Partial<TeamsConfig> = {},
  extra: Partial<
    Pick<TeamsDeps, 'bot' | 'connectorRetry' | 'rateLimit' | 'conversations' | 'questionLog'>
  > = {},
): Promise<TeamsServer> {
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const work: Promise<unknown>[] = [];
  const app = express();
  const teams = { ...DEV_CONFIG, ...config };
  const decision = mountTeams(app, {
    bot: realBot(),
    config: teams,
    decision: await decideTeamsMode(teams),
    logger,
    track: (p) => work.push(p),
    ...extra,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    decision,
    get logs() {
      return raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LogLine);
    },
    rawLog: () => raw.join(''),
    settled: async () => {
      await Promise.allSettled(work);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fake connector and a Teams server in anonymous local mode, shared by a file's tests. */
export interface TeamsTestContext {
  connector: FakeConnector;
  server: TeamsServer;
}

/** Starts both before a file's tests, forgets the recorded calls before each test, stops both. */
export function useTeamsServer(): TeamsTestContext {
  const context = {} as TeamsTestContext;
  beforeAll(async () => {
    context.connector = await startFakeConnector();
    context.server = await startTeamsServer();
  });
  afterAll(async () => {
    await context.server?.close();
    await context.connector?.close();
  });
  beforeEach(() => {
    context.connector.calls.length = 0;
  });
  return context;
}

/** POSTs a body to /api/messages; every wait is bounded. */
export async function postActivity(
  serverUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${serverUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: res.status, body: parsed };
}
